/**
 * Analytics at 1,000,000 tickets (issue 16): the hotspot map of a zone or a station reads
 * analytics_place_daily, whose primary key starts with the day, so a zone's 30 days read the whole city's
 * rows of those days and looked each up in the table (37 ms of CPU on SQLite at 1,000,000 tickets, about
 * 700,000 rows). An index per scope, holding `opened`, reads only the unit's rows from the index (7–9 ms).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('analytics_place_daily_zone_cover_idx')
    .on('analytics_place_daily')
    .columns(['zone_id', 'day', 'category', 'hex_q', 'hex_r', 'opened'])
    .execute();
  await db.schema
    .createIndex('analytics_place_daily_station_cover_idx')
    .on('analytics_place_daily')
    .columns(['station_id', 'day', 'category', 'hex_q', 'hex_r', 'opened'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('analytics_place_daily_station_cover_idx').execute();
  await db.schema.dropIndex('analytics_place_daily_zone_cover_idx').execute();
}
