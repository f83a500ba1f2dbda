import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-desk.js';
import * as m0003 from './migrations/0003-channels.js';
import * as m0004 from './migrations/0004-desk-queue.js';
import * as m0005 from './migrations/0005-abuse-limits.js';
import * as m0006 from './migrations/0006-ticket-life.js';
import * as m0007 from './migrations/0007-city-profile.js';
import * as m0012 from './migrations/0012-attachments.js';
import * as m0015 from './migrations/0015-desk-shift.js';
import * as m0020 from './migrations/0020-community.js';
import * as m0021 from './migrations/0021-analytics.js';
import * as m0030 from './migrations/0030-open311-keys.js';
import * as m0040 from './migrations/0040-control-queue.js';
import * as m0041 from './migrations/0041-open311-key-revoker.js';
import * as m0060 from './migrations/0060-community-alerts.js';
import * as m0070 from './migrations/0070-satisfaction.js';
import * as m0071 from './migrations/0071-sentiment.js';
import * as m0072 from './migrations/0072-weekly-review.js';
import * as m0080 from './migrations/0080-analytics-covering.js';
import * as m0081 from './migrations/0081-analytics-place-cover.js';
import * as m0082 from './migrations/0082-unit-copy-on-insert.js';
import * as m0090 from './migrations/0090-outbox-send-started.js';
import type { Store } from './db.js';

/** Migrations are imported, not read from disk, so that the build and tsx behave alike. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-desk': m0002,
  '0003-channels': m0003,
  '0004-desk-queue': m0004,
  '0005-abuse-limits': m0005,
  '0006-ticket-life': m0006,
  '0007-city-profile': m0007,
  '0012-attachments': m0012,
  '0015-desk-shift': m0015,
  '0020-community': m0020,
  '0021-analytics': m0021,
  '0030-open311-keys': m0030,
  '0040-control-queue': m0040,
  '0041-open311-key-revoker': m0041,
  '0060-community-alerts': m0060,
  '0070-satisfaction': m0070,
  '0071-sentiment': m0071,
  '0072-weekly-review': m0072,
  '0080-analytics-covering': m0080,
  '0081-analytics-place-cover': m0081,
  '0082-unit-copy-on-insert': m0082,
  '0090-outbox-send-started': m0090,
};

/** The migrations this version knows, by name (a backup made by a newer version names one that is not here). */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(MIGRATIONS);

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema to the latest version; throws naming the migration that failed. */
export async function migrateToLatest(store: Store): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return results ?? [];
}
