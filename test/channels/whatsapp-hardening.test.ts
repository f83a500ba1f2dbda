/**
 * WhatsApp deliveries with parts Chowki cannot use: every documented message type is read or
 * ignored without an error, and one bad message, status, change or entry never costs the others.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { loadFixture } from '../fakes/fixtures.js';
import { signWhatsAppBody } from '../fakes/whatsapp.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const T0 = Date.parse('2026-01-01T00:10:00Z');

const engines = await testEngines();

describe.each(engines)('WhatsApp deliveries with bad or unusual parts on %s', (engine) => {
  let ctx: AppContext;
  let close: () => Promise<void>;
  let runtime: ChannelRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let logs: Array<Record<string, unknown>>;

  beforeEach(async () => {
    const t = await createTestContext(engine, { now: () => T0 });
    close = t.close;
    ctx = { ...t.ctx, config: readConfig({ CHOWKI_DATA_DIR: ':memory:', LOG_LEVEL: 'silent', CHOWKI_WHATSAPP_APP_SECRET: SECRET }) };
    runtime = createChannelRuntime(ctx);
    logs = [];
    const logger = pino({ level: 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    app = await buildApp(ctx, { webDir: null, channels: runtime, logger });
  });

  afterEach(async () => {
    await runtime.stop();
    await app.close();
    await close();
  });

  async function deliver(payload: unknown) {
    const { body, signature } = signWhatsAppBody(SECRET, payload);
    return app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, payload: body });
  }

  const stored = async () =>
    new Map(
      (await ctx.store.db.selectFrom('inbound').select(['external_id', 'payload', 'received_at', 'status']).execute()).map((r) => [
        r.external_id,
        { ...r, item: JSON.parse(r.payload) },
      ]),
    );

  it('reads every documented message type: words and media stored, what cannot be read kept apart, reactions and the like ignored, nothing refused', async () => {
    const res = await deliver(loadFixture('whatsapp/every-type.json'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: 12, receipts: 0, ignored: 4, skipped: [] });
    await runtime.intake.drain();
    const rows = await stored();
    expect([...rows.keys()].sort()).toEqual(['wamid.T01', 'wamid.T02', 'wamid.T03', 'wamid.T04', 'wamid.T05', 'wamid.T06', 'wamid.T07', 'wamid.T08', 'wamid.T09', 'wamid.T10', 'wamid.T11', 'wamid.T15']);
    const item = (id: string) => rows.get(id)?.item;
    expect(item('wamid.T02')).toMatchObject({ text: 'The bike they rode', attachments: [{ kind: 'image', mediaId: '1000000000000001', mime: 'image/jpeg' }] });
    expect(item('wamid.T03')).toMatchObject({ text: '', attachments: [{ kind: 'voice', mediaId: '1000000000000002' }] });
    expect(item('wamid.T04').attachments).toEqual([{ kind: 'video', mediaId: '1000000000000003', mime: 'video/mp4' }]);
    expect(item('wamid.T05')).toMatchObject({ text: 'fir-copy.pdf', attachments: [{ kind: 'document', mediaId: '1000000000000004', mime: 'application/pdf' }] });
    expect(item('wamid.T07')).toMatchObject({ text: 'Sitabuldi Fort, Sitabuldi, Nagpur', geo: { lat: 21.1458, lon: 79.0882 } });
    // A contact card, a sticker and what Meta marks unsupported are not reports, and the card's number is
    // nobody's text: kept apart, answered with what Chowki can read (test/channels/provider-payloads.test.ts).
    expect(item('wamid.T08')).toMatchObject({ text: '', unsupported: 'contact' });
    expect(JSON.stringify(item('wamid.T08'))).not.toMatch(/Suspect|00099/);
    expect(item('wamid.T06')).toMatchObject({ text: '', unsupported: 'sticker' });
    expect(item('wamid.T15')).toMatchObject({ text: '', unsupported: 'unsupported' });
    expect(item('wamid.T09').text).toBe('Still happening');
    expect(item('wamid.T10').text).toBe('Theft - Something was stolen');
    expect(item('wamid.T11')).toMatchObject({ text: 'Call me back', inReplyTo: 'wamid.OUTBOUND' });
    // Every stored message went on through intake.
    expect(new Set([...rows.values()].map((r) => r.status))).toEqual(new Set(['processed', 'ignored']));
    expect([...rows.values()].filter((r) => r.status === 'ignored').map((r) => r.external_id).sort()).toEqual(['wamid.T06', 'wamid.T08', 'wamid.T15']);
    // The unsupported message's error code is logged; nothing was wrong with the delivery.
    expect(logs.find((l) => l.msg === 'webhook carried errors')?.codes).toEqual([131051]);
    expect(logs.filter((l) => l.msg === 'webhook item skipped')).toEqual([]);
  });

  it('stores the good messages of a delivery, skips each bad part by id and problem, and answers 200', async () => {
    const res = await deliver(loadFixture('whatsapp/mixed-bad.json'));
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer).toMatchObject({ received: 3, receipts: 1, ignored: 1 });
    const skipped: Array<{ id: string | null; problem: string }> = answer.skipped;
    expect(skipped.map((s) => s.id)).toEqual(['wamid.BADFROM', 'wamid.BADBODY', 'wamid.BADIMAGE', 'wamid.BADLOC', null, 'wamid.NOFROM', 'wamid.OUTBOUND2', null, null, '102290129340398']);
    expect(skipped[0]?.problem).toMatch(/^message\.from: /);
    expect(skipped[1]?.problem).toMatch(/^text\.body: /);
    expect(skipped[3]?.problem).toMatch(/^location\.latitude: /);
    expect(skipped[6]?.problem).toMatch(/^status\.status: /);
    expect(skipped[8]?.problem).toMatch(/^entry\.0\.changes\.2\.value\.messaging_product: /);
    expect(skipped[9]?.problem).toMatch(/^entry\.1\.changes: /);

    const rows = await stored();
    expect([...rows.keys()].sort()).toEqual(['wamid.FUTURE', 'wamid.GOOD1', 'wamid.GOOD2']);
    // The 301-character profile name is cut to the 200 an item keeps, not refused.
    expect(rows.get('wamid.GOOD1')?.item.author.name).toHaveLength(200);
    expect(rows.get('wamid.GOOD1')?.item.author.name).toMatch(/^Rajesh Kumar/);
    // A phone whose clock says 5138 is believed to have sent it when it arrived.
    expect(rows.get('wamid.FUTURE')?.received_at).toBe(new Date(T0).toISOString());

    // Logged by id and problem only: no citizen's words or numbers.
    const skipLines = logs.filter((l) => l.msg === 'webhook item skipped');
    expect(skipLines).toHaveLength(10);
    expect(skipLines.map((l) => l.id)).toEqual(skipped.map((s) => s.id));
    const all = JSON.stringify(logs);
    for (const content of ['9800000001', 'Who sent this', 'no media id', 'Two men fighting', 'Rajesh']) expect(all).not.toContain(content);
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'whatsapp').executeTakeFirstOrThrow();
    expect(health).toMatchObject({ last_error: 'inbound:MALFORMED_ITEM', error_count: 1 });
    expect(health.last_inbound_at).not.toBeNull();
  });

  it('cuts a text over 10 000 characters instead of refusing it, never splitting an emoji', async () => {
    const p = loadFixture('whatsapp/text.json') as { entry: Array<{ changes: Array<{ value: { messages: Array<{ text: { body: string } }> } }> }> };
    p.entry[0]!.changes[0]!.value.messages[0]!.text.body = `${'a'.repeat(9_999)}\u{1F46E}${'b'.repeat(500)}`;
    const res = await deliver(p);
    expect(res.json()).toMatchObject({ received: 1, skipped: [] });
    const [row] = [...(await stored()).values()];
    expect(row?.item.text).toBe('a'.repeat(9_999));
  });
});
