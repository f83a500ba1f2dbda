/**
 * X posts in the shapes the X API v2 documents (Post object, referenced_tweets, note_tweet, geo.place_id
 * with includes.places from expansions=geo.place_id, HTML-escaped text): retweets are not reports, a
 * place tag routes, a long post keeps its words, and &amp; reads as &.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { createXChannel, pollXAccount } from '../../src/channels/x/x.channel.js';
import { unescapeXText } from '../../src/channels/x/x-mentions.parse.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startXFake, type XPlace } from '../fakes/x.fake.js';
import { createTestContext, DEMO_PASSWORD, testEngines } from '../support/harness.js';

const BEARER = 'x-bearer';
const ACCOUNT = '1000';
type Fake = Awaited<ReturnType<typeof startXFake>>;
type Page = Parameters<Fake['addMentions']>[1];
interface Fixture {
  page: Page & { data: Array<{ id: string; text: string; note_tweet?: { text: string } }> };
  places: XPlace[];
}
const fixture = () => loadFixture('x/mentions-real-shapes.json') as Fixture;
const id = (n: number) => `186000000000000000${n}`;

async function until(cond: () => boolean | Promise<boolean>, steps = 400): Promise<void> {
  for (let i = 0; i < steps && !(await cond()); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('X text', () => {
  it('reads the three entities X escapes, once', () => {
    expect(unescapeXText('a &amp; b &lt;c&gt; &amp;amp; &quot;')).toBe('a & b <c> &amp; &quot;');
  });
});

const engines = await testEngines();

describe.each(engines)('X posts as X sends them on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(env: Record<string, string> = {}) {
    const fake = await startXFake({ bearer: BEARER, keepAliveMs: 40 });
    const f = fixture();
    for (const p of f.places) fake.addPlace(p);
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({ CHOWKI_DATA_DIR: ':memory:', LOG_LEVEL: 'silent', CHOWKI_X_BEARER_TOKEN: BEARER, CHOWKI_X_ACCOUNTS: ACCOUNT, CHOWKI_X_API_URL: fake.url, ...env }),
    };
    // Not started: the tests poll or start the stream themselves; the runtime queues intake and sends.
    const runtime = createChannelRuntime(ctx);
    const app = await buildApp(ctx, { webDir: null, channels: runtime });
    cleanup.push(fake.close, t.close, () => app.close(), () => runtime.stop());
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      return `chowki_session=${res.cookies.find((c) => c.name === 'chowki_session')?.value ?? ''}`;
    };
    return { fake, f, ctx, runtime, app, login, client: createXClient(BEARER, fake.url) };
  }

  const ticketOf = async (ctx: AppContext, externalId: string) => {
    const row = await ctx.store.db.selectFrom('inbound').select(['status', 'error', 'ticket_id']).where('channel', '=', 'x').where('external_id', '=', externalId).executeTakeFirstOrThrow();
    const ticket = row.ticket_id === null ? undefined : await ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', row.ticket_id).executeTakeFirstOrThrow();
    return { row, ticket };
  };

  it('polls mentions asking for the place and long-post fields, and reads each kind of post as documented', async () => {
    const { fake, f, ctx, runtime, app, login, client } = await setup();
    fake.addMentions(ACCOUNT, f.page);
    await ctx.store.db.insertInto('channel_cursors').values({ channel: 'x', account: ACCOUNT, cursor: '1', updated_at: new Date().toISOString() }).execute();
    const r = await pollXAccount(ctx, client, ACCOUNT, (n) => runtime.intake.push(n));
    expect(r).toMatchObject({ stored: 7, skipped: 0 });
    await runtime.intake.drain();

    const asked = decodeURIComponent(fake.requests.find((q) => q.includes('/mentions')) ?? '');
    expect(asked).toMatch(/expansions=[^&]*geo\.place_id/);
    expect(asked).toMatch(/place\.fields=[^&]*geo/);
    expect(asked).toMatch(/tweet\.fields=[^&]*note_tweet/);

    // A pure retweet: kept, auditable, ignored: no ticket, no public reply.
    const rt = await ticketOf(ctx, id(1));
    expect(rt.row).toEqual({ status: 'ignored', error: 'not a report: retweet', ticket_id: null });
    // The control room sees what was left out and why; an officer does not, nobody logged out neither.
    const ignored = await app.inject({ url: '/api/intake/ignored', headers: { cookie: await login('control') } });
    expect(ignored.statusCode).toBe(200);
    expect(ignored.json()).toMatchObject({ total: 1, items: [{ channel: 'x', reason: 'not a report: retweet' }] });
    expect(ignored.json().items[0].preview).toContain('RT @ravi_ngp');
    expect((await app.inject({ url: '/api/intake/ignored', headers: { cookie: await login('op.sitabuldi') } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/intake/ignored' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/intake/ignored?limit=0', headers: { cookie: await login('control') } })).statusCode).toBe(400);
    // A quote has the citizen's own words: a report.
    expect((await ticketOf(ctx, id(2))).ticket).toBeDefined();

    // A venue-sized place (Sitabuldi Fort, a 100 m bbox): its centre is the pin.
    const poi = (await ticketOf(ctx, id(3))).ticket;
    expect(poi).toMatchObject({ place_method: 'pin', station_id: ctx.locator.locate({ text: '', geo: { lat: 21.148, lon: 79.0825 } }, 'theft').station });
    expect(poi?.station_id).not.toBeNull();
    expect(JSON.parse(poi?.reasons ?? '{}').routing.join(' ')).toContain('pin 21.1480,79.0825');
    // A neighbourhood (3 km across): its name, read by the gazetteer.
    const area = (await ticketOf(ctx, id(4))).ticket;
    expect(area).toMatchObject({ place_method: 'gazetteer', place_name: 'Dharampeth' });
    expect(area?.station_id).not.toBeNull();
    // A city tag says nothing about which station: routed as if untagged.
    const city = (await ticketOf(ctx, id(5))).ticket;
    const untagged = ctx.locator.locate({ text: f.page.data[4]!.text, channel: 'x' }, city?.category ?? 'theft');
    expect(city?.place_method).toBe(untagged.place?.method ?? 'none');
    expect(city?.station_id).toBe(untagged.station);

    // A long post keeps all its words (note_tweet.text), and the place it names at its end routes it.
    const long = (await ticketOf(ctx, id(6))).ticket;
    const words = await ctx.store.db.selectFrom('ticket_messages').select('text').where('ticket_id', '=', long?.id ?? 0).executeTakeFirstOrThrow();
    expect(words.text).toBe(f.page.data[5]!.note_tweet!.text);
    expect(words.text.length).toBeGreaterThan(500);
    expect(ctx.locator.locate({ text: f.page.data[5]!.text, channel: 'x' }, 'harassment').place?.method ?? 'none').not.toBe('gazetteer');
    expect(long?.place_method).toBe('gazetteer');

    // X's &amp; &lt; &gt; read as the citizen typed them.
    const escaped = (await ticketOf(ctx, id(7))).ticket;
    const said = await ctx.store.db.selectFrom('ticket_messages').select('text').where('ticket_id', '=', escaped?.id ?? 0).executeTakeFirstOrThrow();
    expect(said.text).toBe('@NagpurPolice Loud music & a fight at 2 am near Sadar, people shouting <go away>');

    // Six answers; none under the retweet.
    await createOutboxWorker(ctx, runtime.senders()).runOnce();
    expect(fake.posted.map((p) => p.inReplyTo).sort()).toEqual([id(2), id(3), id(4), id(5), id(6), id(7)]);
  });

  it('reads a place tag from the filtered stream, which asks for the place expansion, and ignores a retweet there too', async () => {
    const { fake, f, ctx, runtime } = await setup({ CHOWKI_X_STREAM: 'true' });
    fake.addUser('NagpurPolice', ACCOUNT);
    const xConfig = ctx.config.channels.x;
    if (!xConfig) throw new Error('X is not configured');
    const channel = createXChannel(xConfig, ctx.now, { pollMs: 50, keepAliveTimeoutMs: 2_000 });
    await channel.start?.({ ctx, enqueue: (n) => runtime.intake.push(n) });
    cleanup.push(async () => channel.stop?.());
    await until(() => fake.openStreams() === 1);
    expect(decodeURIComponent(fake.requests.find((q) => q.includes('/search/stream?')) ?? '')).toMatch(/expansions=[^&]*geo\.place_id/);

    const users = f.page.includes?.users ?? [];
    const [retweet, , placed] = f.page.data;
    fake.pushToStream({ ...placed!, id: '1870000000000000003', conversation_id: '1870000000000000003' }, users);
    fake.pushToStream({ ...retweet!, id: '1870000000000000001', conversation_id: '1870000000000000001' }, users);
    const count = async () => Number((await ctx.store.db.selectFrom('inbound').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    await until(async () => (await count()) >= 2);
    await runtime.intake.drain();
    expect((await ticketOf(ctx, '1870000000000000001')).row.status).toBe('ignored');
    expect((await ticketOf(ctx, '1870000000000000003')).ticket).toMatchObject({ place_method: 'pin' });
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(1);
  });
});
