/**
 * X mention pages and stream lines with broken posts: each broken post is skipped by id and
 * recorded, the rest of the page is stored, and since_id moves past the page so it is not re-read.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelLog } from '../../src/channels/channel.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { createXChannel, pollXAccount } from '../../src/channels/x/x.channel.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startXFake } from '../fakes/x.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const BEARER = 'x-bearer';
const ACCOUNT = '1000';

const engines = await testEngines();

function collectingLog() {
  const warnings: Array<{ obj: Record<string, unknown>; msg: string }> = [];
  const log: ChannelLog = { info: () => undefined, warn: (obj, msg) => void warnings.push({ obj: { ...obj }, msg }) };
  return { log, warnings };
}

describe.each(engines)('X posts with bad or unusual values on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(env: Record<string, string> = {}) {
    const fake = await startXFake({ bearer: BEARER, keepAliveMs: 40 });
    fake.addUser('NagpurPolice', ACCOUNT);
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({ CHOWKI_DATA_DIR: ':memory:', LOG_LEVEL: 'silent', CHOWKI_X_BEARER_TOKEN: BEARER, CHOWKI_X_API_URL: fake.url, ...env }),
    };
    const runtime = createChannelRuntime(ctx, { channels: [] });
    cleanup.push(fake.close, t.close, () => runtime.stop());
    const rows = async () =>
      new Map((await ctx.store.db.selectFrom('inbound').select(['external_id', 'payload']).execute()).map((r) => [r.external_id, JSON.parse(r.payload)]));
    const health = () => ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'x').executeTakeFirstOrThrow();
    return { fake, ctx, runtime, rows, health };
  }

  it('a mentions page keeps its readable posts, names the broken ones by id, and moves since_id past it', async () => {
    const { fake, ctx, runtime, rows, health } = await setup({ CHOWKI_X_ACCOUNTS: ACCOUNT });
    await ctx.store.db.insertInto('channel_cursors').values({ channel: 'x', account: ACCOUNT, cursor: '1', updated_at: new Date().toISOString() }).execute();
    fake.serveRawMentions(ACCOUNT, loadFixture('x/mentions-malformed.json'));
    const { log, warnings } = collectingLog();
    const client = createXClient(BEARER, fake.url);
    const r = await pollXAccount(ctx, client, ACCOUNT, (id) => runtime.intake.push(id), log);
    expect(r).toMatchObject({ stored: 5, skipped: 3 });
    const stored = await rows();
    expect([...stored.keys()].sort()).toEqual(['1820000000000000001', '1820000000000000002', '1820000000000000003', '1820000000000000004', '1820000000000000006']);
    // A date in words is left out (stored with the receive time), a pin off the planet dropped, odd references ignored.
    expect(stored.get('1820000000000000004').receivedAt).toBeUndefined();
    expect(stored.get('1820000000000000004').author).toEqual({ id: '7000012' });
    expect(stored.get('1820000000000000003').geo).toBeUndefined();
    expect(stored.get('1820000000000000002')).not.toHaveProperty('inReplyTo');
    expect(stored.get('1820000000000000002')).not.toHaveProperty('conversationId');
    expect(stored.get('1820000000000000006').author).toEqual({ id: '7000011', name: 'Ann' });
    expect(warnings.map((w) => w.obj.id)).toEqual(['not-a-post-id', '1820000000000000005', null]);
    expect(JSON.stringify(warnings)).not.toContain('9800000001');
    expect((await health()).last_error).toBe('poll:MALFORMED_POST');
    const cursor = await ctx.store.db.selectFrom('channel_cursors').select('cursor').where('channel', '=', 'x').where('account', '=', ACCOUNT).executeTakeFirstOrThrow();
    expect(cursor.cursor).toBe('1820000000000000006');
    // The next poll asks for what came after: the page is not read again.
    expect((await pollXAccount(ctx, client, ACCOUNT, () => undefined, log)).stored).toBe(0);
    expect(fake.requests.at(-1)).toContain('since_id=1820000000000000006');
    await runtime.intake.drain();
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).not.toHaveLength(0);
  });

  it('the filtered stream skips lines that are not posts and keeps streaming', async () => {
    const { fake, ctx, rows, health } = await setup({ CHOWKI_X_STREAM: 'true' });
    const channel = createXChannel(ctx.config.channels.x!, ctx.now, { pollMs: 50, keepAliveTimeoutMs: 2_000 });
    const { log, warnings } = collectingLog();
    await channel.start!({ ctx, enqueue: () => undefined, log });
    cleanup.push(async () => channel.stop?.());
    await expect.poll(() => fake.openStreams(), { timeout: 10_000, interval: 25 }).toBe(1);
    const lines = readFileSync(new URL('../fixtures/x/stream-malformed.jsonl', import.meta.url), 'utf8').trim().split('\n');
    for (const line of lines) expect(fake.pushRawToStream(line)).toBe(1);
    await expect.poll(async () => (await rows()).size, { timeout: 10_000, interval: 25 }).toBe(1);
    expect([...(await rows()).keys()]).toEqual(['1830000000000000003']);
    await expect.poll(() => warnings.filter((w) => w.msg === 'post skipped').length, { timeout: 5_000, interval: 25 }).toBe(4);
    expect(warnings.map((w) => w.obj.problem)).toEqual(
      expect.arrayContaining(['stream line: not valid JSON', 'message: no data', expect.stringMatching(/^post\.id: /), expect.stringMatching(/^post\.text: /)]),
    );
    expect(JSON.stringify(warnings)).not.toContain('unterminated');
    expect((await health()).error_count).toBeGreaterThanOrEqual(4);
    // Still streaming after the broken lines.
    fake.pushRawToStream(JSON.stringify({ data: { id: '1830000000000000009', text: '@NagpurPolice after the broken lines', author_id: '7000022' } }));
    await expect.poll(async () => (await rows()).has('1830000000000000009'), { timeout: 10_000, interval: 25 }).toBe(true);
  });
});
