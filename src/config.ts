/**
 * The one place that reads process.env: parsed once at start, frozen.
 * Every setting has a default that works on a laptop.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
import { OWASP_SCRYPT, TEST_ONLY_SCRYPT, type ScryptCost } from './auth/password.js';
import { DEFAULT_MEDIA_TYPES } from './media/media.model.js';
import type { MediaBucket } from './media/media.store.js';
import { parseSlaPolicy, type SlaPolicy } from './tickets/sla.policy.js';

const envSchema = z.object({
  /** Port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Address to bind; 0.0.0.0 serves the network, 127.0.0.1 only this machine. */
  HOST: z.string().default('0.0.0.0'),
  /** Folder for the embedded SQLite database and local files. */
  CHOWKI_DATA_DIR: z.string().default('./data'),
  /** postgres://… to run on PostgreSQL instead of the embedded SQLite. */
  DATABASE_URL: z.string().optional(),
  /** Folder with the demo city's units.csv and gazetteer.csv, seeded on first start. */
  CHOWKI_CITY_DIR: z.string().optional(),
  /** Password of the demo users; when unset a random one is made and printed once at first start. */
  CHOWKI_DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /** Public base URL used in tracking links, e.g. https://chowki.example.org. */
  CHOWKI_PUBLIC_URL: z.string().url().optional(),
  /** Triage model file; defaults to the one shipped in data/triage/. */
  CHOWKI_TRIAGE_MODEL: z.string().optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Session lifetime in hours. */
  CHOWKI_SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Largest request body accepted, in bytes (webhooks included). */
  CHOWKI_BODY_LIMIT: z.coerce.number().int().positive().default(256 * 1024),
  /** Bearer token /metrics asks for; unset, /metrics answers loopback clients only. */
  CHOWKI_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Folder of the citizens' photos, voice notes, videos and documents (content-addressed by SHA-256); defaults to <CHOWKI_DATA_DIR>/media. */
  CHOWKI_MEDIA_DIR: z.string().optional(),
  /** Largest attachment Chowki downloads and keeps, in bytes (WhatsApp's largest audio and video are 16 MB). */
  CHOWKI_MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  /** Comma-separated content types kept and served (checked against each file's first bytes); others are refused. */
  CHOWKI_MEDIA_TYPES: z.string().optional(),
  /**
   * URL of an S3-compatible bucket to keep attachments in instead of CHOWKI_MEDIA_DIR, path-style
   * (https://s3.ap-south-1.amazonaws.com/chowki-media, http://minio:9000/chowki-media) or virtual-hosted.
   */
  CHOWKI_MEDIA_S3_URL: z.string().url().optional(),
  /** The bucket's region, as its requests are signed (SigV4); MinIO and most others take us-east-1. */
  CHOWKI_MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Access key id and secret of a key allowed GetObject, HeadObject and PutObject on the bucket (nothing else is needed). */
  CHOWKI_MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** X app-only bearer token: switches the X channel on (reading mentions). */
  CHOWKI_X_BEARER_TOKEN: z.string().min(1).optional(),
  /** X OAuth 1.0a user context for posting replies; without all four, replies use the bearer token. */
  CHOWKI_X_APP_KEY: z.string().min(1).optional(),
  CHOWKI_X_APP_SECRET: z.string().min(1).optional(),
  CHOWKI_X_ACCESS_TOKEN: z.string().min(1).optional(),
  CHOWKI_X_ACCESS_SECRET: z.string().min(1).optional(),
  /**
   * The stations' own X accounts that alerts to the public are posted from: comma-separated
   * `Handle=accessToken:accessSecret` (OAuth 1.0a user tokens of the app above, one per account). A
   * station without one has its alerts posted once from the force's account (CHOWKI_X_ACCESS_TOKEN).
   */
  CHOWKI_X_POST_TOKENS: z
    .string()
    .regex(/^(\s*\w{1,15}=[^:,\s]+:[^:,\s]+\s*)(,\s*\w{1,15}=[^:,\s]+:[^:,\s]+\s*)*$/, 'write Handle=accessToken:accessSecret, comma-separated')
    .optional(),
  /** Comma-separated X user ids whose mentions are polled (the city's and stations' accounts). */
  CHOWKI_X_ACCOUNTS: z.string().default(''),
  /** X API base URL; point it at an emulator in tests. */
  CHOWKI_X_API_URL: z.string().url().default('https://api.x.com'),
  /** Seconds between two mention polls of one account (the free tiers allow few requests). */
  CHOWKI_X_POLL_SECONDS: z.coerce.number().positive().default(60),
  /**
   * true: read posts from X's filtered stream (one rule per unit handle, synced at start) instead of
   * polling mentions; mentions are then read once after each (re)connect to fill the gap.
   */
  CHOWKI_X_STREAM: z.enum(['true', 'false']).default('false'),
  /** WhatsApp app secret: checks X-Hub-Signature-256 and switches the WhatsApp channel on. */
  CHOWKI_WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  /** The verify token typed into Meta's app dashboard for GET /webhooks/whatsapp. */
  CHOWKI_WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  /** Cloud API access token for sending. */
  CHOWKI_WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  /** The business phone number id messages are sent from. */
  CHOWKI_WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  /** Graph API base URL (with version); point it at an emulator in tests. */
  CHOWKI_WHATSAPP_API_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  /** Approved template for messages outside the 24-hour window; its body takes the reference. */
  CHOWKI_WHATSAPP_TEMPLATE: z.string().min(1).default('chowki_report_update'),
  /** The number citizens write to on WhatsApp (the phone number id's, as it shows on a phone), shown on the public pages. */
  CHOWKI_WHATSAPP_PUBLIC_NUMBER: z.string().regex(/^\+[1-9][0-9 ]{7,17}[0-9]$/, 'write it in international form, e.g. +91 98220 12345').optional(),
  /** Telegram bot token: switches the Telegram channel on. */
  CHOWKI_TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  /** Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; when set the bot takes webhooks, else it long-polls. */
  CHOWKI_TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'use 1-256 of A-Z a-z 0-9 _ -').optional(),
  /** Bot API root without a trailing slash; point it at an emulator in tests. */
  CHOWKI_TELEGRAM_API_URL: z.string().url().default('https://api.telegram.org'),
  /** The bot's username with its @ (the token's bot), shown on the public pages. */
  CHOWKI_TELEGRAM_BOT_USERNAME: z.string().regex(/^@[A-Za-z][A-Za-z0-9_]{4,31}$/, 'write the username with its @, e.g. @NagpurPoliceBot').optional(),
  /** Minutes within which a citizen's next chat message joins their open ticket instead of opening one. */
  CHOWKI_THREAD_WINDOW_MINUTES: z.coerce.number().int().min(0).default(120),
  /** Minutes without a poll, message or delivery after which a configured channel raises `channel.silent`. */
  CHOWKI_CHANNEL_SILENT_MINUTES: z.coerce.number().int().positive().default(60),
  /** Attempts before an outbound message is given up as `failed`. */
  CHOWKI_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().positive().default(8),
  /** Outbound messages the outbox sends at once, each to a different recipient (1: one by one). */
  CHOWKI_OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Messages a second a broadcast or alert is paced at on WhatsApp: the Cloud API's default throughput
   * per business number is 80; Meta raises it to 1,000 on request.
   */
  CHOWKI_WHATSAPP_SEND_RATE: z.coerce.number().int().min(1).max(1000).default(80),
  /** Messages a second a broadcast or alert is paced at on Telegram: the Bot API's documented 30 (1,000 with paid broadcasts). */
  CHOWKI_TELEGRAM_SEND_RATE: z.coerce.number().int().min(1).max(1000).default(30),
  /** SLA overrides as JSON, e.g. {"p1":{"firstResponseMinutes":5,"resolveMinutes":120}}; defaults in src/tickets/sla.policy.ts. */
  CHOWKI_SLA: z.string().optional(),
  /** The force's time zone: duty shifts' times of day and "today" are read in it. */
  CHOWKI_TIMEZONE: z
    .string()
    .default('Asia/Kolkata')
    .refine((tz) => isTimeZone(tz), 'not an IANA time zone; use e.g. Asia/Kolkata'),
  /** Open tickets an on-duty officer holds before new ones wait in the station's unassigned queue. */
  CHOWKI_OFFICER_CAPACITY: z.coerce.number().int().positive().default(20),
  /**
   * Which proxies may tell the client's address in X-Forwarded-For: unset or `false` none (the socket's
   * address is the client), `true` any, a number the hops to trust, or comma-separated addresses/CIDRs
   * (and proxy-addr's `loopback`, `linklocal`, `uniquelocal`). Rate limits key on that address.
   */
  CHOWKI_TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, zctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed === undefined) {
        zctx.addIssue({ code: 'custom', message: 'use true, false, a hop count, or comma-separated addresses/CIDRs such as 10.0.0.0/8,127.0.0.1' });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Failed logins to one account within the lock window before it is locked until the window ends (429). */
  CHOWKI_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** Failed logins from one client address within the lock window; generous, as a station's desks share one address. */
  CHOWKI_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(50),
  /** Minutes over which failed logins are counted, and how long a lock lasts at most. */
  CHOWKI_LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Public reports per hour from one client address; generous, as mobile networks put many citizens behind one. */
  CHOWKI_REPORTS_PER_HOUR_PER_IP: z.coerce.number().int().positive().default(60),
  /** Public reports per hour from one browser (its device cookie). */
  CHOWKI_REPORTS_PER_HOUR_PER_DEVICE: z.coerce.number().int().positive().default(10),
  /** Minutes within which a near-identical report from the same browser (or address, without a cookie) is refused as a repeat. */
  CHOWKI_REPORT_REPEAT_MINUTES: z.coerce.number().int().min(0).default(60),
  /** Hours during which a retried report (same clientId) answers with its first reference and tracking link. */
  CHOWKI_REPORT_RETRY_HOURS: z.coerce.number().positive().default(24),
  /**
   * Tests only: `true` hashes passwords with a cheap scrypt cost so that suites stay fast. Never in
   * production; when it is switched off again, each login re-hashes at OWASP's cost.
   */
  CHOWKI_INSECURE_TEST_PASSWORD_HASH: z.enum(['true', 'false']).default('false'),
});

/**
 * CHOWKI_TRUST_PROXY as Fastify's trustProxy takes it; undefined when it is none of the accepted forms.
 * A list is checked here, so that a typo fails at start instead of trusting nobody (or everybody).
 */
export function parseTrustProxy(value: string): boolean | number | string[] | undefined {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim()).filter(Boolean);
  const valid = entries.every((e) => {
    if (e === 'loopback' || e === 'linklocal' || e === 'uniquelocal') return true;
    const [address = '', bits, extra] = e.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return false;
    if (bits === undefined) return true;
    const n = Number(bits);
    return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
  });
  return entries.length > 0 && valid ? entries : undefined;
}

/** The channels' settings; a channel is on only when its credentials are set. */
export interface ChannelsConfig {
  x: {
    bearerToken: string;
    oauth1: { appKey: string; appSecret: string; accessToken: string; accessSecret: string } | undefined;
    accounts: string[];
    /** Stations' own accounts for alerts, by lower-case handle: their user tokens (CHOWKI_X_POST_TOKENS). */
    postTokens: Readonly<Record<string, { accessToken: string; accessSecret: string }>>;
    apiUrl: string;
    pollSeconds: number;
    /** Filtered stream instead of mention polling. */
    stream: boolean;
  } | undefined;
  whatsapp: {
    appSecret: string;
    verifyToken: string | undefined;
    accessToken: string | undefined;
    phoneNumberId: string | undefined;
    apiUrl: string;
    template: string;
    /** The number citizens write to, for the public pages; undefined when not given. */
    publicNumber: string | undefined;
  } | undefined;
  telegram: { botToken: string; webhookSecret: string | undefined; apiUrl: string; botUsername: string | undefined } | undefined;
  threadWindowMinutes: number;
  silentMinutes: number;
  outboxMaxAttempts: number;
  /** Sends in flight at once, to different recipients. */
  outboxConcurrency: number;
  /** Messages a second community broadcasts and alerts are paced at, per channel (the providers' throughput). */
  sendRates: { whatsapp: number; telegram: number };
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  cityDir: string;
  demoPassword: string | undefined;
  publicUrl: string | undefined;
  triageModel: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionHours: number;
  bodyLimit: number;
  /** The bearer token /metrics asks for; undefined: loopback clients only. */
  metricsToken: string | undefined;
  /** Citizens' attachments: where they are kept (the folder, or a bucket when one is set), how large, which types (issue 12). */
  media: { dir: string; bucket: MediaBucket | undefined; maxBytes: number; types: readonly string[] };
  /** A secret for this process only (used where nothing is persisted). */
  processSecret: string;
  channels: ChannelsConfig;
  /** The desk's SLA clocks per priority. */
  sla: SlaPolicy;
  timeZone: string;
  officerCapacity: number;
  /** Fastify's trustProxy: whom to believe about the client's address. */
  trustProxy: boolean | number | string[];
  /** The scrypt cost new password hashes get (OWASP's unless the test-only setting is on). */
  passwordHash: ScryptCost;
  abuse: AbuseConfig;
}

/** Limits against guessing passwords and flooding the public form. */
export interface AbuseConfig {
  login: { maxFailures: number; maxFailuresPerIp: number; windowMinutes: number };
  reports: { perHourPerIp: number; perHourPerDevice: number; repeatMinutes: number; retryHours: number };
}

/** Reads the configuration from an environment, failing with the variable's name on bad input. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.CHOWKI_DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    cityDir: resolve(e.CHOWKI_CITY_DIR ?? resolve(repoRoot(), 'data/nagpur')),
    demoPassword: e.CHOWKI_DEMO_PASSWORD,
    publicUrl: e.CHOWKI_PUBLIC_URL,
    triageModel: e.CHOWKI_TRIAGE_MODEL,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.CHOWKI_SESSION_HOURS,
    bodyLimit: e.CHOWKI_BODY_LIMIT,
    metricsToken: e.CHOWKI_METRICS_TOKEN,
    media: Object.freeze({
      // An in-memory database (tests, a throw-away demo) keeps its media in a temporary folder, not in ./:memory:.
      dir: resolve(e.CHOWKI_MEDIA_DIR ?? (e.CHOWKI_DATA_DIR === ':memory:' ? join(tmpdir(), `chowki-media-${process.pid}`) : resolve(dataDir, 'media'))),
      bucket: mediaBucketOf(e),
      maxBytes: e.CHOWKI_MEDIA_MAX_BYTES,
      types: Object.freeze(
        e.CHOWKI_MEDIA_TYPES
          ? e.CHOWKI_MEDIA_TYPES.split(',')
              .map((t) => t.trim().toLowerCase())
              .filter(Boolean)
          : [...DEFAULT_MEDIA_TYPES],
      ),
    }),
    processSecret: randomBytes(32).toString('hex'),
    channels: channelsConfig(e),
    sla: parseSlaPolicy(e.CHOWKI_SLA),
    timeZone: e.CHOWKI_TIMEZONE,
    officerCapacity: e.CHOWKI_OFFICER_CAPACITY,
    trustProxy: e.CHOWKI_TRUST_PROXY,
    passwordHash: e.CHOWKI_INSECURE_TEST_PASSWORD_HASH === 'true' ? TEST_ONLY_SCRYPT : OWASP_SCRYPT,
    abuse: {
      login: {
        maxFailures: e.CHOWKI_LOGIN_MAX_FAILURES,
        maxFailuresPerIp: e.CHOWKI_LOGIN_MAX_FAILURES_PER_IP,
        windowMinutes: e.CHOWKI_LOGIN_LOCK_MINUTES,
      },
      reports: {
        perHourPerIp: e.CHOWKI_REPORTS_PER_HOUR_PER_IP,
        perHourPerDevice: e.CHOWKI_REPORTS_PER_HOUR_PER_DEVICE,
        repeatMinutes: e.CHOWKI_REPORT_REPEAT_MINUTES,
        retryHours: e.CHOWKI_REPORT_RETRY_HOURS,
      },
    },
  });
}

/** The media bucket when CHOWKI_MEDIA_S3_URL is set; its key must be given with it. */
function mediaBucketOf(e: z.infer<typeof envSchema>): MediaBucket | undefined {
  if (!e.CHOWKI_MEDIA_S3_URL) return undefined;
  if (!e.CHOWKI_MEDIA_S3_ACCESS_KEY_ID || !e.CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY) {
    throw new Error('Invalid configuration:\n  CHOWKI_MEDIA_S3_ACCESS_KEY_ID, CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY: set both with CHOWKI_MEDIA_S3_URL');
  }
  return Object.freeze({
    url: e.CHOWKI_MEDIA_S3_URL,
    region: e.CHOWKI_MEDIA_S3_REGION,
    accessKeyId: e.CHOWKI_MEDIA_S3_ACCESS_KEY_ID,
    secretAccessKey: e.CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY,
  });
}

function channelsConfig(e: z.infer<typeof envSchema>): ChannelsConfig {
  const trim = (u: string) => u.replace(/\/+$/, '');
  const oauth1 =
    e.CHOWKI_X_APP_KEY && e.CHOWKI_X_APP_SECRET && e.CHOWKI_X_ACCESS_TOKEN && e.CHOWKI_X_ACCESS_SECRET
      ? { appKey: e.CHOWKI_X_APP_KEY, appSecret: e.CHOWKI_X_APP_SECRET, accessToken: e.CHOWKI_X_ACCESS_TOKEN, accessSecret: e.CHOWKI_X_ACCESS_SECRET }
      : undefined;
  return {
    x: e.CHOWKI_X_BEARER_TOKEN
      ? {
          bearerToken: e.CHOWKI_X_BEARER_TOKEN,
          oauth1,
          accounts: e.CHOWKI_X_ACCOUNTS.split(',').map((a) => a.trim()).filter((a) => /^\d{1,19}$/.test(a)),
          postTokens: Object.fromEntries(
            (e.CHOWKI_X_POST_TOKENS ?? '')
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean)
              .map((p) => {
                const [handle = '', tokens = ''] = p.split('=');
                const [accessToken = '', accessSecret = ''] = tokens.split(':');
                return [handle.toLowerCase(), { accessToken, accessSecret }];
              }),
          ),
          apiUrl: trim(e.CHOWKI_X_API_URL),
          pollSeconds: e.CHOWKI_X_POLL_SECONDS,
          stream: e.CHOWKI_X_STREAM === 'true',
        }
      : undefined,
    whatsapp: e.CHOWKI_WHATSAPP_APP_SECRET
      ? {
          appSecret: e.CHOWKI_WHATSAPP_APP_SECRET,
          verifyToken: e.CHOWKI_WHATSAPP_VERIFY_TOKEN,
          accessToken: e.CHOWKI_WHATSAPP_ACCESS_TOKEN,
          phoneNumberId: e.CHOWKI_WHATSAPP_PHONE_NUMBER_ID,
          apiUrl: trim(e.CHOWKI_WHATSAPP_API_URL),
          template: e.CHOWKI_WHATSAPP_TEMPLATE,
          publicNumber: e.CHOWKI_WHATSAPP_PUBLIC_NUMBER,
        }
      : undefined,
    telegram: e.CHOWKI_TELEGRAM_BOT_TOKEN
      ? {
          botToken: e.CHOWKI_TELEGRAM_BOT_TOKEN,
          webhookSecret: e.CHOWKI_TELEGRAM_WEBHOOK_SECRET,
          apiUrl: trim(e.CHOWKI_TELEGRAM_API_URL),
          botUsername: e.CHOWKI_TELEGRAM_BOT_USERNAME,
        }
      : undefined,
    threadWindowMinutes: e.CHOWKI_THREAD_WINDOW_MINUTES,
    silentMinutes: e.CHOWKI_CHANNEL_SILENT_MINUTES,
    outboxMaxAttempts: e.CHOWKI_OUTBOX_MAX_ATTEMPTS,
    outboxConcurrency: e.CHOWKI_OUTBOX_CONCURRENCY,
    sendRates: { whatsapp: e.CHOWKI_WHATSAPP_SEND_RATE, telegram: e.CHOWKI_TELEGRAM_SEND_RATE },
  };
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The folder holding package.json, from src/ under tsx or dist/src/ after a build. */
export function repoRoot(): string {
  const here = new URL('.', import.meta.url).pathname;
  return here.includes('/dist/src/') ? resolve(here, '../..') : resolve(here, '..');
}
