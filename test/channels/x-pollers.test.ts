import { afterEach, describe, expect, it } from 'vitest';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { advisoryKey } from '../../src/channels/poller-locks.js';
import { createXChannel } from '../../src/channels/x/x.channel.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { openStore } from '../../src/store/db.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startXFake } from '../fakes/x.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const BEARER = 'x-bearer';
const CITY = '1000';
const SADAR = '1001';
type Page = Parameters<Awaited<ReturnType<typeof startXFake>>['addMentions']>[1];

const engines = await testEngines();

async function until(cond: () => boolean | Promise<boolean>, steps = 400): Promise<void> {
  for (let i = 0; i < steps && !(await cond()); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('advisory lock keys', () => {
  it('are stable, signed 64-bit and differ per channel and account', () => {
    const k = advisoryKey('x.mentions', '1000');
    expect(k).toBe(advisoryKey('x.mentions', '1000'));
    expect(BigInt(k)).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(BigInt(k)).toBeLessThan(2n ** 63n);
    expect(advisoryKey('x.mentions', '1001')).not.toBe(k);
    expect(advisoryKey('x.stream', '1000')).not.toBe(k);
  });
});

describe.each(engines)('X mention pollers on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(env: Record<string, string>, fakeOpts: { pageSize?: number } = {}) {
    const fake = await startXFake({ bearer: BEARER, ...fakeOpts });
    fake.addUser('NagpurPolice', CITY);
    fake.addUser('demo_sadar_ps', SADAR);
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({ CHOWKI_DATA_DIR: ':memory:', LOG_LEVEL: 'silent', CHOWKI_X_BEARER_TOKEN: BEARER, CHOWKI_X_API_URL: fake.url, ...env }),
    };
    const runtime = createChannelRuntime(ctx, { channels: [] });
    cleanup.push(fake.close, t.close, () => runtime.stop());
    const count = async () => Number((await ctx.store.db.selectFrom('inbound').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    const xConfig = ctx.config.channels.x;
    if (!xConfig) throw new Error('X is not configured');
    const startPoller = async (on: AppContext, pollMs: number) => {
      const channel = createXChannel(xConfig, on.now, { pollMs });
      await channel.start?.({ ctx: on, enqueue: (id) => runtime.intake.push(id) });
      cleanup.push(async () => channel.stop?.());
      return channel;
    };
    return { fake, ctx, runtime, count, startPoller };
  }

  it('with only the bearer token, polls the accounts of the units\' handles', async () => {
    const { fake, ctx, count, startPoller } = await setup({});
    fake.addMentions(SADAR, { data: [{ id: '1820000000000000001', text: '@demo_sadar_ps my car was towed from Sadar bazaar', author_id: '7000003' }] });
    fake.addMentions(CITY, { data: [{ id: '1820000000000000002', text: '@NagpurPolice street light fight near Itwari', author_id: '7000004' }] });
    await startPoller(ctx, 60_000);
    await until(async () => (await count()) === 2);
    expect(await count()).toBe(2);
    const polled = new Set(fake.requests.flatMap((q) => /^GET \/2\/users\/(\d+)\/mentions/.exec(q)?.[1] ?? []));
    expect(polled).toEqual(new Set([CITY, SADAR]));
  });

  it.runIf(engine === 'postgres')('two processes on one database fetch each page once', async () => {
    const { fake, ctx, count, startPoller } = await setup({ CHOWKI_X_ACCOUNTS: `${CITY},${SADAR}` }, { pageSize: 1 });
    fake.addMentions(CITY, loadFixture('x/mentions.json') as Page);
    fake.addMentions(SADAR, { data: [{ id: '1820000000000000009', text: '@demo_sadar_ps chain snatching at Sadar', author_id: '7000005' }] });
    for (const account of [CITY, SADAR]) {
      // A cursor makes every poll read all pages: three for the city, one for Sadar.
      await ctx.store.db.insertInto('channel_cursors').values({ channel: 'x', account, cursor: '1', updated_at: new Date().toISOString() }).execute();
    }
    const second = openStore({ databaseUrl: ctx.store.url ?? undefined, dataDir: ':memory:', poolSize: 2 });
    cleanup.push(() => second.close());
    // Both start together; a long pause means each holder polls once.
    await Promise.all([startPoller(ctx, 60_000), startPoller({ ...ctx, store: second }, 60_000)]);
    await until(async () => (await count()) === 4);
    expect(await count()).toBe(4);
    const pages = fake.requests.filter((q) => q.includes('/mentions'));
    expect(pages).toHaveLength(4);
    expect(new Set(pages).size).toBe(4);
  });
});
