/**
 * A city-wide broadcast to 50,000 members through the outbox, against the WhatsApp and Telegram
 * emulators (test/fakes) enforcing each provider's throughput in any sliding second: WhatsApp's 80
 * messages a second per business number, Telegram's 30. The members are 80 % WhatsApp, 20 % Telegram,
 * spread over every station's senior-citizen and women groups, none inside the 24-hour window (so
 * WhatsApp sends the template). What is measured is the production path: the control room's broadcast
 * approved at once (one outbox and one delivery row per member, spaced by queueDeliveries at
 * CHOWKI_WHATSAPP_SEND_RATE / CHOWKI_TELEGRAM_SEND_RATE), then one outbox worker as `serve` makes it
 * (default batch and pause, CHOWKI_OUTBOX_CONCURRENCY sends at once) through the real channel adapters. Set both variables (and the emulators
 * follow them) to run at a raised throughput; `--scale` shrinks the membership.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEngines } from '../src/bootstrap.js';
import { createTelegramChannel } from '../src/channels/telegram/telegram.channel.js';
import { createWhatsAppChannel } from '../src/channels/whatsapp/whatsapp.channel.js';
import { ChannelSendError } from '../src/channels/channel.js';
import { draftBroadcast } from '../src/community/community.service.js';
import { readConfig } from '../src/config.js';
import { createAppContext } from '../src/context.js';
import { createRosterAssigner } from '../src/desk/roster.service.js';
import { seedCity } from '../src/force/seed.service.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { createOutboxWorker, type OutboundSender } from '../src/outbox/outbox.worker.js';
import { createMemoryBus } from '../src/realtime/event-bus.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { startTelegramFake } from '../test/fakes/telegram.fake.js';
import { startWhatsAppFake } from '../test/fakes/whatsapp.fake.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

const MEMBERS = 50_000;
const WHATSAPP_SHARE = 0.8;
const TEXTS = {
  en: 'Beware: callers posing as bank or police officers are asking for OTPs. Never share an OTP. Report fraud on 1930.',
  hi: 'सावधान: बैंक या पुलिस अधिकारी बनकर लोग OTP माँग रहे हैं। कभी OTP साझा न करें। धोखाधड़ी की शिकायत 1930 पर करें।',
  mr: 'सावधान: बँक किंवा पोलीस अधिकारी असल्याचे सांगून लोक OTP मागत आहेत. कधीही OTP देऊ नका. फसवणुकीची तक्रार 1930 वर करा.',
};

/** The most sends in any window of one second (the emulators' own measure). */
function peakPerSecond(times: readonly number[]): number {
  let best = 0;
  let from = 0;
  for (let i = 0; i < times.length; i++) {
    while ((times[from] ?? 0) <= (times[i] ?? 0) - 1000) from++;
    best = Math.max(best, i - from + 1);
  }
  return best;
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const members = Math.max(200, Math.round(MEMBERS * opts.scale));
  const whatsappRate = Number(process.env.CHOWKI_WHATSAPP_SEND_RATE ?? 80);
  const telegramRate = Number(process.env.CHOWKI_TELEGRAM_SEND_RATE ?? 30);
  const wa = await startWhatsAppFake({ token: 'bench-wa', phoneNumberId: '1555000', ratePerSecond: whatsappRate });
  const tg = await startTelegramFake({ token: 'bench-tg', ratePerSecond: telegramRate });
  const dir = mkdtempSync(join(tmpdir(), 'chowki-bench-broadcast-'));
  const databaseUrl = process.env.CHOWKI_BENCH_PG_URL;
  const config = readConfig({
    CHOWKI_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    CHOWKI_WHATSAPP_APP_SECRET: 'bench-secret',
    CHOWKI_WHATSAPP_ACCESS_TOKEN: 'bench-wa',
    CHOWKI_WHATSAPP_PHONE_NUMBER_ID: '1555000',
    CHOWKI_WHATSAPP_API_URL: wa.apiUrl,
    CHOWKI_TELEGRAM_BOT_TOKEN: 'bench-tg',
    CHOWKI_TELEGRAM_API_URL: tg.url,
    CHOWKI_WHATSAPP_SEND_RATE: String(whatsappRate),
    CHOWKI_TELEGRAM_SEND_RATE: String(telegramRate),
    CHOWKI_OUTBOX_CONCURRENCY: process.env.CHOWKI_OUTBOX_CONCURRENCY ?? '1',
  });
  const store = openStore({ databaseUrl, dataDir: dir });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    await migrateToLatest(store);
    const city = loadCityFromDir(config.cityDir);
    await store.db.transaction().execute((tx) => seedCity(tx, city, 'bench-password'));
    const { triager, locator } = await buildEngines(store, city, config);
    const ctx = createAppContext({ config, store, bus: createMemoryBus<DeskEvent>(), city, triager, locator, now: Date.now, assigner: createRosterAssigner({ config, now: Date.now }) });

    // The membership, written directly (setting up is not what is measured).
    if (opts.verbose) process.stderr.write(`broadcast: ${members} members over every station's groups…\n`);
    const at = new Date().toISOString();
    const stations = city.units.filter((u) => u.kind === 'station' && u.status === 'active');
    const groupIds: number[] = [];
    for (const s of stations) {
      for (const kind of ['senior_citizens', 'women']) {
        const g = await store.db.insertInto('community_groups').values({ station_id: s.id, kind, name: kind, created_by: null, created_at: at }).returning('id').executeTakeFirstOrThrow();
        groupIds.push(g.id);
      }
    }
    const languages = ['mr', 'hi', 'en'] as const;
    for (let i = 0; i < members; i += 500) {
      const rows = [];
      for (let j = i; j < Math.min(members, i + 500); j++) {
        const whatsapp = j % 10 < WHATSAPP_SHARE * 10;
        rows.push({
          group_id: groupIds[j % groupIds.length] ?? 0,
          channel: whatsapp ? 'whatsapp' : 'telegram',
          address: whatsapp ? `919${String(j).padStart(9, '0')}` : String(700_000_000 + j),
          external_user_id: null,
          display_name: null,
          language: languages[j % 3] ?? 'mr',
          ward: null,
          consent_at: at,
          consent_method: 'officer_written' as const,
          consent_note: null,
          added_by: null,
          status: 'active' as const,
          left_at: null,
          last_inbound_at: null,
          created_at: at,
        });
      }
      await store.db.insertInto('community_members').values(rows).execute();
    }
    const user = await store.db.selectFrom('users').select(['id', 'username', 'display_name', 'unit_id']).where('username', '=', 'control').executeTakeFirstOrThrow();
    const actor = { userId: user.id, username: user.username, displayName: user.display_name, role: 'control_room' as const, unitId: user.unit_id };

    // The senders: the real adapters against the emulators, each send's time recorded.
    const times: Record<string, number[]> = { whatsapp: [], telegram: [] };
    const refused: Record<string, number> = { whatsapp: 0, telegram: 0 };
    const wrap = (channel: ReturnType<typeof createWhatsAppChannel>): OutboundSender => {
      const send = channel.send;
      if (!send) throw new Error(`${channel.name} cannot send`);
      return {
        name: channel.name,
        send: async (m) => {
          try {
            const r = await send(m);
            times[channel.name]?.push(performance.now());
            return r;
          } catch (err) {
            if (err instanceof ChannelSendError && err.kind === 'rate_limited') refused[channel.name] = (refused[channel.name] ?? 0) + 1;
            throw err;
          }
        },
      };
    };
    const senders = [wrap(createWhatsAppChannel(config.channels.whatsapp!)), wrap(createTelegramChannel(config.channels.telegram!))];

    if (opts.verbose) process.stderr.write(`broadcast: queueing (WhatsApp ${whatsappRate}/s, Telegram ${telegramRate}/s)…\n`);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const b = await draftBroadcast(ctx, actor, { scope: 'city', kinds: ['senior_citizens', 'women'], texts: TEXTS });
    const queuedAt = performance.now();
    if (b.status !== 'queued' || b.totals.total !== members) throw new Error(`expected ${members} queued messages, got ${b.totals.total} (${b.status})`);
    // As `serve` makes it (channel.runtime.ts): the default batch and pause, CHOWKI_OUTBOX_CONCURRENCY's sends at once, each channel held to its rate.
    const worker = createOutboxWorker(ctx, senders, { concurrency: config.channels.outboxConcurrency, ratePerSecond: config.channels.sendRates });
    worker.start();
    const pending = async () =>
      Number(
        (
          await store.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('kind', '=', 'broadcast')
            .where('status', 'in', ['pending', 'sending'])
            .executeTakeFirstOrThrow()
        ).n,
      );
    let last = -1;
    for (;;) {
      const left = await pending();
      if (left === 0) break;
      if (opts.verbose && Math.floor(left / 5000) !== Math.floor(last / 5000)) process.stderr.write(`broadcast: ${left} to send…\n`);
      last = left;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const done = Math.max(...Object.values(times).map((t) => t.at(-1) ?? 0));
    const cpu = process.cpuUsage(cpu0);
    await worker.stop();
    const sentWa = times.whatsapp?.length ?? 0;
    const sentTg = times.telegram?.length ?? 0;
    if (sentWa + sentTg !== members) throw new Error(`sent ${sentWa + sentTg} of ${members}`);
    const seconds = (done - t0) / 1000;
    return {
      engine: store.engine,
      members,
      whatsapp_members: sentWa,
      telegram_members: sentTg,
      outbox_concurrency: config.channels.outboxConcurrency,
      whatsapp_limit_per_s: whatsappRate,
      telegram_limit_per_s: telegramRate,
      queue_s: Number(((queuedAt - t0) / 1000).toFixed(1)),
      total_s: Number(seconds.toFixed(1)),
      floor_s: Math.ceil(Math.max(sentWa / whatsappRate, sentTg / telegramRate)),
      throughput_per_s: Math.round(members / seconds),
      whatsapp_peak_per_s: peakPerSecond(times.whatsapp ?? []),
      telegram_peak_per_s: peakPerSecond(times.telegram ?? []),
      whatsapp_refused_429: wa.limited,
      telegram_refused_429: tg.limited,
      // The process's CPU from the broadcast's start to its last send: Chowki and the two emulators it hosts.
      cpu_s: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
      cpu_ms_per_message: Number(((cpu.user + cpu.system) / 1e3 / members).toFixed(2)),
      peak_rss_mb: Math.round(peakRss / 1e6),
    };
  } finally {
    clearInterval(sampler);
    await store.close();
    await wa.close();
    await tg.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
