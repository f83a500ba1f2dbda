import { afterEach, describe, expect, it } from 'vitest';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import type { Channel } from '../../src/channels/channel.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { createXChannel, pollXAccount, type XChannelOptions } from '../../src/channels/x/x.channel.js';
import { HANDLE_CACHE_CHANNEL } from '../../src/channels/x/x-accounts.js';
import { streamBackoffMs, type StreamFailure } from '../../src/channels/x/x-stream.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { openStore } from '../../src/store/db.js';
import { startXFake } from '../fakes/x.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const BEARER = 'x-bearer';
const CITY = '1000';
const SADAR = '1001';
const CITIZEN = { id: '7000009', name: 'Meera', username: 'meera' };

const engines = await testEngines();

/** Waits, in small steps, until `cond` holds; the assertion that follows says what was expected. */
async function until(cond: () => boolean | Promise<boolean>, steps = 400): Promise<void> {
  for (let i = 0; i < steps && !(await cond()); i++) await new Promise((r) => setTimeout(r, 25));
}

let postSeq = 1810000000000000000n;
function post(text: string, author = CITIZEN.id) {
  const id = String(++postSeq);
  return { id, text, author_id: author, created_at: new Date().toISOString(), conversation_id: id, edit_history_tweet_ids: [id] };
}

describe('X stream back-off as X documents it', () => {
  it('network errors: linear from 250 ms to 16 s', () => {
    expect([1, 2, 3, 64, 65, 200].map((n) => streamBackoffMs('network', n))).toEqual([250, 500, 750, 16_000, 16_000, 16_000]);
  });
  it('HTTP errors: exponential from 5 s to 320 s', () => {
    expect([1, 2, 3, 7, 8, 30].map((n) => streamBackoffMs('http', n))).toEqual([5_000, 10_000, 20_000, 320_000, 320_000, 320_000]);
  });
  it('429: exponential from a minute', () => {
    expect([1, 2, 3, 4].map((n) => streamBackoffMs('rate_limited', n))).toEqual([60_000, 120_000, 240_000, 480_000]);
  });
});

describe.each(engines)('X filtered stream on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(env: Record<string, string> = {}) {
    const fake = await startXFake({ bearer: BEARER, keepAliveMs: 40 });
    fake.addUser('NagpurPolice', CITY);
    fake.addUser('demo_sadar_ps', SADAR);
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_X_BEARER_TOKEN: BEARER,
        CHOWKI_X_API_URL: fake.url,
        CHOWKI_X_STREAM: 'true',
        ...env,
      }),
    };
    const runtime = createChannelRuntime(ctx, { channels: [] });
    cleanup.push(fake.close, t.close, () => runtime.stop());
    const client = createXClient(BEARER, fake.url);
    const count = async (table: 'inbound' | 'tickets') =>
      Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    const xConfig = ctx.config.channels.x;
    if (!xConfig) throw new Error('X is not configured');
    /** Starts an X channel as `serve` would; stopped after the test. */
    const startChannel = async (opts: XChannelOptions = {}, on: AppContext = ctx): Promise<Channel> => {
      const channel = createXChannel(xConfig, on.now, { pollMs: 50, keepAliveTimeoutMs: 2_000, ...opts });
      await channel.start?.({ ctx: on, enqueue: (id) => runtime.intake.push(id) });
      cleanup.push(async () => channel.stop?.());
      return channel;
    };
    return { fake, ctx, runtime, client, count, startChannel };
  }

  it('syncs one rule per unit handle, removes stale ones, and changes nothing on a restart', async () => {
    const { fake, ctx, client, startChannel } = await setup();
    await client.v2.updateStreamRules({ add: [{ value: '@old_handle -is:retweet', tag: 'gone' }] });
    const first = await startChannel();
    await until(() => fake.openStreams() === 1);
    expect(fake.openStreams()).toBe(1);
    const units = await ctx.store.db.selectFrom('units').select(['id', 'x_handle']).where('x_handle', 'is not', null).where('status', '=', 'active').where((eb) => eb.or([eb('kind', '=', 'station'), eb('id', '=', ctx.city.id)])).execute();
    // X usernames have at most 15 characters: a longer demo handle can be no account, and gets no rule.
    const expected = units
      .filter((u) => /^@\w{1,15}$/.test(u.x_handle ?? ''))
      .map((u) => ({ value: `${u.x_handle} -is:retweet`, tag: u.id }))
      .sort((a, b) => a.tag.localeCompare(b.tag));
    expect(expected.length).toBeGreaterThan(2);
    const rules = fake.rules().map((r) => ({ value: r.value, tag: r.tag })).sort((a, b) => (a.tag ?? '').localeCompare(b.tag ?? ''));
    expect(rules).toEqual(expected);
    expect(rules).toContainEqual({ value: '@demo_sadar_ps -is:retweet', tag: 'ngp-ps-sadar' });
    // The known handles were resolved once and kept.
    const cached = await ctx.store.db.selectFrom('channel_cursors').select(['account', 'cursor']).where('channel', '=', HANDLE_CACHE_CHANNEL).orderBy('account').execute();
    expect(cached).toEqual([
      { account: 'demo_sadar_ps', cursor: SADAR },
      { account: 'nagpurpolice', cursor: CITY },
    ]);
    await first.stop?.();
    const posts = fake.ruleRequests.filter((r) => r.method === 'POST').length;
    const lookups = fake.requests.filter((q) => q.startsWith('GET /2/users/by?')).length;

    await startChannel();
    await until(() => fake.openStreams() === 1 && fake.streamConnects() === 2);
    expect(fake.streamConnects()).toBe(2);
    expect(fake.ruleRequests.filter((r) => r.method === 'POST')).toHaveLength(posts);
    expect(fake.rules()).toHaveLength(expected.length);
    // Cached handles are not looked up again; only the ones X did not know.
    const later = fake.requests.filter((q) => q.startsWith('GET /2/users/by?')).slice(lookups);
    expect(later.length).toBeGreaterThan(0);
    for (const q of later) {
      expect(q).not.toMatch(/NagpurPolice|demo_sadar_ps/);
    }
  });

  it('stores each streamed post once, even when a mentions poll sees it too, and skips the force\'s own posts', async () => {
    const { fake, ctx, runtime, client, count, startChannel } = await setup();
    await startChannel();
    await until(() => fake.openStreams() === 1);
    const p = post('@NagpurPolice chain snatching near Sitabuldi market just now');
    expect(fake.pushToStream(p, [CITIZEN])).toBe(1);
    fake.pushToStream(post('@NagpurPolice thank you, we are looking into it', CITY));
    await until(async () => (await count('inbound')) >= 1);
    fake.addMentions(CITY, { data: [p], includes: { users: [CITIZEN] } });
    const polled = await pollXAccount(ctx, client, CITY, (id) => runtime.intake.push(id));
    expect(polled.stored).toBe(0);
    await runtime.intake.drain();
    expect(await count('inbound')).toBe(1);
    expect(await count('tickets')).toBe(1);
    const row = await ctx.store.db.selectFrom('inbound').select(['channel', 'external_id']).executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'x', external_id: p.id });
  });

  it('reconnects at once after a cut and reads the mentions posted meanwhile', async () => {
    const { fake, runtime, count, startChannel } = await setup();
    await startChannel();
    await until(() => fake.openStreams() === 1);
    fake.cutStreams();
    // Posted while the stream was down: only the catch-up poll after the reconnect can see it.
    fake.addMentions(CITY, { data: [post('@NagpurPolice my bike was stolen from Dharampeth')], includes: { users: [CITIZEN] } });
    await until(() => fake.streamConnects() === 2 && fake.openStreams() === 1);
    expect(fake.streamConnects()).toBe(2);
    await until(async () => (await count('inbound')) === 1);
    fake.pushToStream(post('@demo_sadar_ps loud fight outside the bar on Central Avenue'), [CITIZEN]);
    await until(async () => (await count('inbound')) === 2);
    await runtime.intake.drain();
    expect(await count('inbound')).toBe(2);
    expect(await count('tickets')).toBe(2);
  });

  it('reconnects when the stream falls silent (no data, no keep-alive)', async () => {
    const { fake, count, startChannel } = await setup();
    await startChannel({ keepAliveTimeoutMs: 400 });
    await until(() => fake.openStreams() === 1);
    fake.stallStreams();
    await until(() => fake.streamConnects() === 2 && fake.openStreams() === 1);
    expect(fake.streamConnects()).toBe(2);
    expect(fake.openStreams()).toBe(1);
    fake.pushToStream(post('@NagpurPolice signal not working at Variety Square'), [CITIZEN]);
    await until(async () => (await count('inbound')) === 1);
    expect(await count('inbound')).toBe(1);
  });

  it.each([
    [429, 'rate_limited', [60_000, 120_000]],
    [503, 'http', [5_000, 10_000]],
    [0, 'network', [250, 500]],
  ] as const)('backs off after %s on connect as X documents, then streams', async (status, kind, waits) => {
    const { fake, count, startChannel } = await setup();
    fake.failStreamConnects(status, 2);
    const seen: Array<{ waitMs: number; kind: StreamFailure }> = [];
    await startChannel({ backoffScale: 0.001, onBackoff: (waitMs, k) => seen.push({ waitMs, kind: k }) });
    await until(() => fake.openStreams() === 1);
    expect(fake.openStreams()).toBe(1);
    expect(seen).toEqual(waits.map((waitMs) => ({ waitMs, kind })));
    fake.pushToStream(post('@NagpurPolice a drunk driver on Wardha Road'), [CITIZEN]);
    await until(async () => (await count('inbound')) === 1);
    expect(await count('inbound')).toBe(1);
  });

  it.runIf(engine === 'postgres')('runs one stream among several processes, and another takes over when it stops', async () => {
    const { fake, ctx, startChannel } = await setup();
    const second = openStore({ databaseUrl: ctx.store.url ?? undefined, dataDir: ':memory:', poolSize: 2 });
    cleanup.push(() => second.close());
    const a = await startChannel();
    await until(() => fake.openStreams() === 1);
    await startChannel({}, { ...ctx, store: second });
    // Let the second process try for the lock a few times (its pause is 50 ms).
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.streamConnects()).toBe(1);
    await a.stop?.();
    await until(() => fake.streamConnects() === 2 && fake.openStreams() === 1);
    expect(fake.streamConnects()).toBe(2);
    expect(fake.openStreams()).toBe(1);
  });
});
