/** Channel health as officers see it, and the silence alarm for the control room's desk. */
import type { AppContext } from '../context.js';
import { listChannelHealth, markSilentAlerted } from './channel-health.repository.js';

export interface ChannelHealth {
  channel: string;
  lastPollAt: string | null;
  lastInboundAt: string | null;
  lastDeliveryAt: string | null;
  lastActivityAt: string | null;
  lagMs: number | null;
  silentForMs: number | null;
  silent: boolean;
  lastError: string | null;
  lastErrorAt: string | null;
  errorCount: number;
  outbox: { pending: number; failed: number; unconfirmed: number };
}

const latest = (...ts: Array<string | null>): string | null =>
  ts.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

/** The health of every configured channel (and any other that has a record). */
export async function describeChannelHealth(ctx: Pick<AppContext, 'store' | 'now' | 'config'>, channelNames: readonly string[]): Promise<ChannelHealth[]> {
  const rows = await listChannelHealth(ctx.store.db);
  const counts = await ctx.store.db
    .selectFrom('outbox')
    .select(['channel', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('status', 'in', ['pending', 'sending', 'failed', 'unconfirmed'])
    .groupBy(['channel', 'status'])
    .execute();
  const names = [...new Set([...channelNames, ...rows.map((r) => r.channel)])].sort();
  const now = ctx.now();
  const limitMs = ctx.config.channels.silentMinutes * 60_000;
  return names.map((channel) => {
    const r = rows.find((x) => x.channel === channel);
    const count = (status: string) => Number(counts.find((c) => c.channel === channel && c.status === status)?.n ?? 0);
    const lastActivityAt = r ? latest(r.last_poll_at, r.last_inbound_at, r.last_delivery_at) : null;
    const silentForMs = lastActivityAt ? now - Date.parse(lastActivityAt) : null;
    return {
      channel,
      lastPollAt: r?.last_poll_at ?? null,
      lastInboundAt: r?.last_inbound_at ?? null,
      lastDeliveryAt: r?.last_delivery_at ?? null,
      lastActivityAt,
      lagMs: r?.lag_ms ?? null,
      silentForMs,
      silent: silentForMs !== null && silentForMs > limitMs,
      lastError: r?.last_error ?? null,
      lastErrorAt: r?.last_error_at ?? null,
      errorCount: Number(r?.error_count ?? 0),
      outbox: { pending: count('pending') + count('sending'), failed: count('failed'), unconfirmed: count('unconfirmed') },
    };
  });
}

/**
 * Raises `channel.silent` on the city's desk (the control room sees the city unit) once per
 * silence: a channel with no poll, message or delivery for longer than the configured limit.
 * A channel never heard from counts from `since` (the process start).
 */
export async function alertSilentChannels(ctx: Pick<AppContext, 'store' | 'now' | 'config' | 'bus' | 'city'>, channelNames: readonly string[], since: number): Promise<string[]> {
  const limitMs = ctx.config.channels.silentMinutes * 60_000;
  const now = ctx.now();
  const rows = await listChannelHealth(ctx.store.db);
  const raised: string[] = [];
  for (const channel of channelNames) {
    const r = rows.find((x) => x.channel === channel);
    const last = r ? latest(r.last_poll_at, r.last_inbound_at, r.last_delivery_at) : null;
    const silentSince = last ? Date.parse(last) : since;
    if (now - silentSince <= limitMs) continue;
    if (r?.silent_alerted_at && Date.parse(r.silent_alerted_at) >= silentSince) continue;
    const at = new Date(now).toISOString();
    await markSilentAlerted(ctx.store.db, channel, at);
    // The control room (the city's unit) hears it on its desk.
    await ctx.bus.publish({ type: 'channel.silent', units: [ctx.city.id], channel, silentForMs: now - silentSince, at });
    raised.push(channel);
  }
  return raised;
}
