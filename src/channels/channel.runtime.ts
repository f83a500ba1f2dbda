/**
 * The channels of one process with what they share: the intake queue that processes what they
 * receive after answering, their routes, their pollers, the senders the outbox worker uses.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { createIntakeQueue, type IntakeQueue } from '../intake/intake.queue.js';
import { createAttachmentWorker, type MediaFetcher } from '../media/attachment.worker.js';
import { createOutboxWorker, type OutboundSender } from '../outbox/outbox.worker.js';
import { alertSilentChannels } from './channel-health.service.js';
import { channelHealthRoutes } from './channel-health.routes.js';
import { errorCodeOf } from '../errors.js';
import { outboxSendFailuresTotal, providerRateLimitedTotal } from '../metrics/metrics.js';
import type { Channel, ChannelLog, ChannelRuntimeDeps } from './channel.js';
import { createConfiguredChannels } from './channel.registry.js';

export interface ChannelRuntime {
  readonly channels: readonly Channel[];
  readonly intake: IntakeQueue;
  /** Every channel's routes and the health endpoint. */
  readonly routes: FastifyPluginAsyncZod;
  /** Starts the pollers, which report what they skip to `log`. */
  start(log?: ChannelLog): Promise<void>;
  /** Stops the pollers and the intake queue (what it held stays pending in the database). */
  stop(): Promise<void>;
  /** The channels that can send, for the outbox worker. */
  senders(): OutboundSender[];
  /** The channels that can download attachments, for the attachment worker. */
  fetchers(): MediaFetcher[];
}

export interface ChannelRuntimeOptions {
  /** Instead of the configured ones (tests). */
  channels?: Channel[];
  onIntakeError?: (inboundId: number, err: unknown) => void;
}

/** Creates the runtime over the configured channels. */
export function createChannelRuntime(ctx: AppContext, opts: ChannelRuntimeOptions = {}): ChannelRuntime {
  const channels = opts.channels ?? createConfiguredChannels(ctx);
  const intake = createIntakeQueue(ctx, { ...(opts.onIntakeError ? { onError: opts.onIntakeError } : {}) });
  const deps: ChannelRuntimeDeps = { ctx, enqueue: (id) => intake.push(id) };
  const names = channels.map((c) => c.name);
  let started = false;
  return {
    channels,
    intake,
    routes: async (app) => {
      for (const c of channels) if (c.routes) await app.register(c.routes(deps));
      await app.register(channelHealthRoutes(ctx, names));
    },
    async start(log) {
      if (started) return;
      started = true;
      for (const c of channels) await c.start?.({ ...deps, ...(log ? { log } : {}) });
    },
    async stop() {
      if (started) for (const c of channels) await c.stop?.();
      started = false;
      await intake.close();
    },
    senders() {
      const out: OutboundSender[] = [];
      for (const c of channels) {
        const send = c.send;
        if (send) out.push({ name: c.name, send: (m) => send.call(c, m) });
      }
      return out;
    },
    fetchers() {
      const out: MediaFetcher[] = [];
      for (const c of channels) {
        const fetchMedia = c.fetchMedia;
        if (fetchMedia) out.push({ name: c.name, fetchMedia: (id, max) => fetchMedia.call(c, id, max) });
      }
      return out;
    },
  };
}

export type BackgroundLog = ChannelLog;

/**
 * What `serve` runs beside HTTP: the channels' pollers, the outbox worker, the attachment worker and the silence alarm.
 * Returns a stop function that lets in-flight sends finish.
 */
export async function startChannelServices(ctx: AppContext, runtime: ChannelRuntime, log: BackgroundLog): Promise<() => Promise<void>> {
  const worker = createOutboxWorker(ctx, runtime.senders(), {
    concurrency: ctx.config.channels.outboxConcurrency,
    ratePerSecond: ctx.config.channels.sendRates,
    onFailure: (f) => {
      outboxSendFailuresTotal.inc({ channel: f.channel, kind: f.kind });
      if (f.kind === 'rate_limited') providerRateLimitedTotal.inc({ channel: f.channel });
      log.warn({ outboxId: f.outboxId, channel: f.channel, kind: f.kind, code: f.code }, 'outbound message failed');
    },
  });
  const attachments = createAttachmentWorker(ctx, runtime.fetchers(), {
    onFailure: (f) => log.warn({ attachmentId: f.attachmentId, channel: f.channel, code: f.code }, 'attachment not kept'),
  });
  await runtime.start(log);
  worker.start();
  attachments.start();
  const since = ctx.now();
  const names = runtime.channels.filter((c) => c.name !== 'web').map((c) => c.name);
  const silence = setInterval(() => {
    void alertSilentChannels(ctx, names, since)
      .then((raised) => {
        if (raised.length > 0) log.warn({ channels: raised }, 'channel silent');
      })
      .catch((err: unknown) => log.warn({ err: errorCodeOf(err) }, 'silent-channel check failed; next try in a minute'));
  }, 60_000);
  silence.unref();
  log.info({ channels: runtime.channels.map((c) => c.name) }, 'channels started');
  return async () => {
    clearInterval(silence);
    await worker.stop();
    await attachments.stop();
    await runtime.stop();
  };
}
