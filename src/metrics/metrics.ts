/**
 * What the people on call watch, in Prometheus's format (prom-client). Counters and histograms that
 * events in this process move live here, once per process; what the database knows (backlog, outbox,
 * channels' last messages) is read at each scrape by `metricsRoutes`. With several instances each
 * reports its own counters and Prometheus sums them; the database gauges are the same on every one.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** This process's registry: counters and histograms moved by events, plus Node's own (memory, event loop lag). */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'chowki_' });

export const inboundTotal = new Counter({
  name: 'chowki_inbound_total',
  help: 'Inbound items stored (new ones only, redeliveries not counted), per channel',
  labelNames: ['channel'] as const,
  registers: [processRegistry],
});

export const intakeProcessingSeconds = new Histogram({
  name: 'chowki_intake_processing_seconds',
  help: 'From an item handed to the intake queue (after the webhook answered) to its ticket committed',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [processRegistry],
});

export const intakeBatchesJudgedTotal = new Counter({
  name: 'chowki_intake_batches_judged_total',
  help: "Intake batches judged and placed, by where: on the preparing worker or on the main thread (a burst judged on the main thread means the worker is not running)",
  labelNames: ['on'] as const,
  registers: [processRegistry],
});

export const intakeItemsTotal = new Counter({
  name: 'chowki_intake_items_total',
  help: 'Inbound items carried through by this process, by outcome (processed or quarantined)',
  labelNames: ['outcome'] as const,
  registers: [processRegistry],
});

export const outboxSendFailuresTotal = new Counter({
  name: 'chowki_outbox_send_failures_total',
  help: 'Failed sends seen by this process\'s outbox worker, per channel and kind (retryable, permanent, rate_limited)',
  labelNames: ['channel', 'kind'] as const,
  registers: [processRegistry],
});

export const providerRateLimitedTotal = new Counter({
  name: 'chowki_provider_rate_limited_total',
  help: 'Provider answers that said slow down (HTTP 429 and the like) to this process\'s outbox worker, per channel',
  labelNames: ['channel'] as const,
  registers: [processRegistry],
});

export const slaBreachesTotal = new Counter({
  name: 'chowki_sla_breaches_total',
  help: 'Tickets escalated for a breached SLA by this process\'s tick',
  registers: [processRegistry],
});

export const sseClients = new Gauge({
  name: 'chowki_sse_clients',
  help: 'Desk event streams (SSE) open on this process',
  registers: [processRegistry],
});
