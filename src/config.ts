/**
 * The one place that reads process.env: parsed once at start, frozen.
 * Every setting has a default that works on a laptop.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

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
});

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
  });
}

/** The folder holding package.json, from src/ under tsx or dist/src/ after a build. */
export function repoRoot(): string {
  const here = new URL('.', import.meta.url).pathname;
  return here.includes('/dist/src/') ? resolve(here, '../..') : resolve(here, '..');
}
