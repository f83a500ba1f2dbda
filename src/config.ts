/**
 * The one place that reads process.env: parsed once at start, frozen.
 * Every setting has a default that works on a laptop.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSlaPolicy, type SlaPolicy } from './desk/sla.policy.js';

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
  /** X app-only bearer token: switches the X channel on (reading mentions). */
  CHOWKI_X_BEARER_TOKEN: z.string().min(1).optional(),
  /** X OAuth 1.0a user context for posting replies; without all four, replies use the bearer token. */
  CHOWKI_X_APP_KEY: z.string().min(1).optional(),
  CHOWKI_X_APP_SECRET: z.string().min(1).optional(),
  CHOWKI_X_ACCESS_TOKEN: z.string().min(1).optional(),
  CHOWKI_X_ACCESS_SECRET: z.string().min(1).optional(),
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
  /** Telegram bot token: switches the Telegram channel on. */
  CHOWKI_TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  /** Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; when set the bot takes webhooks, else it long-polls. */
  CHOWKI_TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'use 1-256 of A-Z a-z 0-9 _ -').optional(),
  /** Bot API root without a trailing slash; point it at an emulator in tests. */
  CHOWKI_TELEGRAM_API_URL: z.string().url().default('https://api.telegram.org'),
  /** Minutes within which a citizen's next chat message joins their open ticket instead of opening one. */
  CHOWKI_THREAD_WINDOW_MINUTES: z.coerce.number().int().min(0).default(120),
  /** Minutes without a poll, message or delivery after which a configured channel raises `channel.silent`. */
  CHOWKI_CHANNEL_SILENT_MINUTES: z.coerce.number().int().positive().default(60),
  /** Attempts before an outbound message is given up as `failed`. */
  CHOWKI_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().positive().default(8),
  /** SLA overrides as JSON, e.g. {"p1":{"firstResponseMinutes":5,"resolveMinutes":120}}; defaults in src/desk/sla.policy.ts. */
  CHOWKI_SLA: z.string().optional(),
  /** The force's time zone: duty shifts' times of day and "today" are read in it. */
  CHOWKI_TIMEZONE: z
    .string()
    .default('Asia/Kolkata')
    .refine((tz) => isTimeZone(tz), 'not an IANA time zone; use e.g. Asia/Kolkata'),
  /** Open tickets an on-duty officer holds before new ones wait in the station's unassigned queue. */
  CHOWKI_OFFICER_CAPACITY: z.coerce.number().int().positive().default(20),
});

/** The channels' settings; a channel is on only when its credentials are set. */
export interface ChannelsConfig {
  x: {
    bearerToken: string;
    oauth1: { appKey: string; appSecret: string; accessToken: string; accessSecret: string } | undefined;
    accounts: string[];
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
  } | undefined;
  telegram: { botToken: string; webhookSecret: string | undefined; apiUrl: string } | undefined;
  threadWindowMinutes: number;
  silentMinutes: number;
  outboxMaxAttempts: number;
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
  /** A secret for this process only (used where nothing is persisted). */
  processSecret: string;
  channels: ChannelsConfig;
  /** The desk's SLA clocks per priority. */
  sla: SlaPolicy;
  timeZone: string;
  officerCapacity: number;
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
    processSecret: randomBytes(32).toString('hex'),
    channels: channelsConfig(e),
    sla: parseSlaPolicy(e.CHOWKI_SLA),
    timeZone: e.CHOWKI_TIMEZONE,
    officerCapacity: e.CHOWKI_OFFICER_CAPACITY,
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
        }
      : undefined,
    telegram: e.CHOWKI_TELEGRAM_BOT_TOKEN
      ? { botToken: e.CHOWKI_TELEGRAM_BOT_TOKEN, webhookSecret: e.CHOWKI_TELEGRAM_WEBHOOK_SECRET, apiUrl: trim(e.CHOWKI_TELEGRAM_API_URL) }
      : undefined,
    threadWindowMinutes: e.CHOWKI_THREAD_WINDOW_MINUTES,
    silentMinutes: e.CHOWKI_CHANNEL_SILENT_MINUTES,
    outboxMaxAttempts: e.CHOWKI_OUTBOX_MAX_ATTEMPTS,
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
