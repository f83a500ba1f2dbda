/**
 * Property, through HTTP on both databases: whatever a provider sends (signed, so it passes the
 * door), the webhooks never answer 5xx (providers redeliver those for ever), and no answer or log
 * line repeats message content. X mention pages, fuzzed the same way, never stop a poll.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../../src/app.js';
import { ChannelSendError } from '../../src/channels/channel.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { pollXAccount } from '../../src/channels/x/x.channel.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { loadFixture } from '../fakes/fixtures.js';
import { signWhatsAppBody } from '../fakes/whatsapp.fake.js';
import { startXFake } from '../fakes/x.fake.js';
import { awkwardJson, awkwardRawBody, CONTENT_MARKER, FUZZ_RUNS, mutated } from '../support/fuzz.js';
import { createTestContext, testEngines } from '../support/harness.js';

const WA_SECRET = 'wa-fuzz-secret';
const TG_SECRET = 'tg-fuzz-secret';
const X_ACCOUNT = '1000';

const engines = await testEngines();
const tally: Record<string, { inputs: number; status5xx: number; outcomes: Record<string, number> }> = {};

/** Counts an outcome: an HTTP status, or for X polls what the poll did. */
function record(key: string, outcome: number | string): void {
  const t = (tally[key] ??= { inputs: 0, status5xx: 0, outcomes: {} });
  t.inputs++;
  if (typeof outcome === 'number' && outcome >= 500) t.status5xx++;
  t.outcomes[outcome] = (t.outcomes[outcome] ?? 0) + 1;
}

afterAll(() => {
  console.info(`webhook fuzz: ${JSON.stringify(tally)}`);
});

type Body = { json: unknown } | { raw: string };

/** A body as the provider's HTTP client would send it: JSON of a value, or bytes that are not JSON at all. */
const body = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Body> =>
  fc.oneof({ weight: 5, arbitrary: values.map((json) => ({ json })) }, { weight: 1, arbitrary: awkwardRawBody.map((raw) => ({ raw })) });

/** The bytes and X-Hub-Signature-256 Meta would send: ASCII-escaped JSON, or raw bytes signed as they are. */
function signed(b: Body): { body: string; signature: string } {
  if ('json' in b) return signWhatsAppBody(WA_SECRET, b.json ?? null);
  return { body: b.raw, signature: `sha256=${createHmac('sha256', WA_SECRET).update(b.raw).digest('hex')}` };
}

describe.each(engines)('webhooks and X polls under fuzzing on %s', (engine) => {
  let ctx: AppContext;
  let close: () => Promise<void>;
  let runtime: ChannelRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let logs: string[];

  beforeEach(async () => {
    const t = await createTestContext(engine);
    close = t.close;
    ctx = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_WHATSAPP_APP_SECRET: WA_SECRET,
        CHOWKI_TELEGRAM_BOT_TOKEN: '123456:FUZZ',
        CHOWKI_TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
        // Never called: the webhook path sends nothing.
        CHOWKI_TELEGRAM_API_URL: 'http://127.0.0.1:9',
      }),
    };
    runtime = createChannelRuntime(ctx);
    // Storing is what a webhook does before answering; processing what was stored is intake's suite.
    runtime.intake.pause();
    logs = [];
    const logger = pino({ level: 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, { write: (line: string) => void logs.push(line) });
    app = await buildApp(ctx, { webDir: null, channels: runtime, logger });
  });

  afterEach(async () => {
    await runtime.stop();
    await app.close();
    await close();
    for (const line of logs) expect(line).not.toContain(CONTENT_MARKER);
  });

  it('WhatsApp never answers 5xx to a signed delivery, however broken', async () => {
    const fixtures = ['every-type.json', 'mixed-bad.json', 'status.json', 'text.json'].map((f) => loadFixture(`whatsapp/${f}`));
    await fc.assert(
      fc.asyncProperty(body(fc.oneof(awkwardJson, ...fixtures.map(mutated))), async (b) => {
        const delivery = signed(b);
        const res = await app.inject({
          method: 'POST',
          url: '/webhooks/whatsapp',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': delivery.signature },
          payload: delivery.body,
        });
        record(`whatsapp/${engine}`, res.statusCode);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.body).not.toContain(CONTENT_MARKER);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('Telegram never answers 5xx to an update with the right secret, however broken', async () => {
    const fixtures = [...(loadFixture('telegram/hardening.json') as unknown[]), loadFixture('telegram/photo.json'), loadFixture('telegram/venue.json')];
    await fc.assert(
      fc.asyncProperty(body(fc.oneof(awkwardJson, ...fixtures.map(mutated))), async (b) => {
        const payload = 'json' in b ? (JSON.stringify(b.json) ?? 'null') : b.raw;
        const res = await app.inject({
          method: 'POST',
          url: '/webhooks/telegram',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET },
          payload,
        });
        record(`telegram/${engine}`, res.statusCode);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.body).not.toContain(CONTENT_MARKER);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('an X mentions poll keeps the readable posts of any page, and only a non-page is a (retried) failure', async () => {
    const fake = await startXFake({ bearer: 'x-fuzz' });
    try {
      const client = createXClient('x-fuzz', fake.url);
      const fixtures = ['x/mentions.json', 'x/mentions-malformed.json'].map((f) => loadFixture(f));
      await fc.assert(
        fc.asyncProperty(fc.oneof(awkwardJson, ...fixtures.map(mutated)), async (page) => {
          fake.serveRawMentions(X_ACCOUNT, page);
          // Not a page at all is X failing (retried with back-off, like a 5xx); anything else is a bug.
          const outcome = await pollXAccount(ctx, client, X_ACCOUNT, () => undefined).then(
            (r) => (r.skipped > 0 ? 'stored, posts skipped' : 'stored'),
            (err: unknown) => (err instanceof ChannelSendError && err.code === 'MALFORMED_PAGE' ? 'not a page: retried' : `threw ${String(err)}`),
          );
          record(`x-poll/${engine}`, outcome);
          expect(outcome).not.toMatch(/^threw/);
        }),
        { numRuns: FUZZ_RUNS / 2 },
      );
    } finally {
      await fake.close();
    }
  });
});

