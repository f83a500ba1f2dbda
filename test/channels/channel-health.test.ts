import { afterEach, describe, expect, it } from 'vitest';
import { recordChannelOk } from '../../src/channels/channel-health.repository.js';
import { alertSilentChannels } from '../../src/channels/channel-health.service.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import type { DeskEvent } from '../../src/tickets/desk-event.schema.js';
import { createTestContext, testEngines } from '../support/harness.js';

const engines = await testEngines();
const T0 = Date.parse('2026-01-01T00:00:00Z');

describe.each(engines)('channel silence alarm on %s', (engine) => {
  let close: () => Promise<void> = async () => undefined;
  afterEach(() => close());

  it('raises channel.silent on the city desk once per silence, and again after the channel recovers and falls silent', async () => {
    let clock = T0;
    const t = await createTestContext(engine, { now: () => clock });
    close = t.close;
    const ctx: AppContext = { ...t.ctx, config: readConfig({ CHOWKI_DATA_DIR: ':memory:', CHOWKI_CHANNEL_SILENT_MINUTES: '30' }) };
    const events: DeskEvent[] = [];
    ctx.bus.subscribe((e) => events.push(e));
    await recordChannelOk(ctx.store.db, 'whatsapp', 'inbound', new Date(clock).toISOString());
    clock += 20 * 60_000;
    expect(await alertSilentChannels(ctx, ['whatsapp', 'telegram'], T0)).toEqual([]);
    clock += 20 * 60_000;
    expect(await alertSilentChannels(ctx, ['whatsapp', 'telegram'], T0)).toEqual(['whatsapp', 'telegram']);
    expect(await alertSilentChannels(ctx, ['whatsapp', 'telegram'], T0)).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    const silent = events.filter((e) => e.type === 'channel.silent');
    expect(silent).toHaveLength(2);
    expect(silent.every((e) => e.units.includes(ctx.city.id))).toBe(true);
    await recordChannelOk(ctx.store.db, 'whatsapp', 'delivery', new Date(clock).toISOString());
    clock += 31 * 60_000;
    expect(await alertSilentChannels(ctx, ['whatsapp'], T0)).toEqual(['whatsapp']);
  });
});
