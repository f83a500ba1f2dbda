/**
 * Analytics rollups (issue 16): counts per local hour × station × zone × category × channel ×
 * priority × language, kept up to date by the rollup worker as tickets change, so that figures over
 * any period never scan the tickets. Minutes to first response and to resolution are kept as
 * histograms with fixed bounds (columns rh_0… and sh_0…), so a median or p90 comes from the rollups.
 * Tickets opened per day and hexagon of their place feed the hotspot map (analytics_place_daily).
 * Each ticket's last contribution is kept beside them, so that recomputing a ticket applies only the
 * difference (idempotent), and the worker's cursor on the audit log lives in `analytics_cursors`.
 */
import { type Kysely } from 'kysely';

/** Frozen copy of the number of histogram bins (src/analytics/rollup.model.ts owns the bounds). */
const BINS = 14;
const OUTCOMES = ['fir_registered', 'nc_registered', 'action_taken', 'advised', 'not_police_matter', 'duplicate', 'spam'];

export async function up(db: Kysely<unknown>): Promise<void> {
  let hourly = db.schema
    .createTable('analytics_hourly')
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull());
  const counters = ['opened', 'responded', 'response_min_sum', 'resolved', 'resolve_min_sum', 'closed', 'breached', 'sla_kept', 'escalated'];
  for (const c of counters) hourly = hourly.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0));
  for (let i = 0; i < BINS; i++) hourly = hourly.addColumn(`rh_${i}`, 'integer', (col) => col.notNull().defaultTo(0));
  for (let i = 0; i < BINS; i++) hourly = hourly.addColumn(`sh_${i}`, 'integer', (col) => col.notNull().defaultTo(0));
  for (const o of OUTCOMES) hourly = hourly.addColumn(`out_${o}`, 'integer', (col) => col.notNull().defaultTo(0));
  await hourly.addPrimaryKeyConstraint('analytics_hourly_pk', ['hour', 'station_id', 'zone_id', 'category', 'channel', 'priority', 'language']).execute();
  await db.schema.createIndex('analytics_hourly_station_idx').on('analytics_hourly').columns(['station_id', 'hour']).execute();
  await db.schema.createIndex('analytics_hourly_zone_idx').on('analytics_hourly').columns(['zone_id', 'hour']).execute();

  // The same counters per local day and unit only: figures over long periods read these few rows.
  let daily = db.schema
    .createTable('analytics_unit_daily')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull());
  for (const c of counters) daily = daily.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0));
  for (let i = 0; i < BINS; i++) daily = daily.addColumn(`rh_${i}`, 'integer', (col) => col.notNull().defaultTo(0));
  for (let i = 0; i < BINS; i++) daily = daily.addColumn(`sh_${i}`, 'integer', (col) => col.notNull().defaultTo(0));
  for (const o of OUTCOMES) daily = daily.addColumn(`out_${o}`, 'integer', (col) => col.notNull().defaultTo(0));
  await daily.addPrimaryKeyConstraint('analytics_unit_daily_pk', ['day', 'station_id', 'zone_id']).execute();
  await db.schema.createIndex('analytics_unit_daily_zone_idx').on('analytics_unit_daily').columns(['zone_id', 'day']).execute();
  await db.schema.createIndex('analytics_unit_daily_station_idx').on('analytics_unit_daily').columns(['station_id', 'day']).execute();

  // Tickets opened per local day and unit by one dimension at a time (category, channel, priority,
  // language, hour of day): the breakdowns and trend alerts without the cross product of dimensions.
  await db.schema
    .createTable('analytics_dim_daily')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_dim_daily_pk', ['dim', 'day', 'station_id', 'zone_id', 'value'])
    .execute();

  // The same per calendar month: a period of months reads a dozen rows per unit and value.
  await db.schema
    .createTable('analytics_dim_monthly')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_dim_monthly_pk', ['dim', 'month', 'station_id', 'zone_id', 'value'])
    .execute();

  await db.schema
    .createTable('analytics_officer_daily')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('officer_id', 'integer', (c) => c.notNull())
    .addColumn('responded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_officer_daily_pk', ['day', 'station_id', 'zone_id', 'officer_id'])
    .execute();

  // Tickets opened per local day, category and hexagon (~1 km across) of their place: the hotspot map.
  await db.schema
    .createTable('analytics_place_daily')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('hex_q', 'integer', (c) => c.notNull())
    .addColumn('hex_r', 'integer', (c) => c.notNull())
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_place_daily_pk', ['day', 'station_id', 'zone_id', 'category', 'hex_q', 'hex_r'])
    .execute();

  await db.schema
    .createTable('analytics_ticket_facts')
    .addColumn('ticket_id', 'integer', (c) => c.primaryKey())
    .addColumn('cells', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('analytics_cursors')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('audit_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_after', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('passes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The safety net for changes that write no audit row (a reply confirmed sent by the provider).
  await db.schema.createIndex('tickets_updated_idx').on('tickets').columns(['updated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('tickets_updated_idx').execute();
  await db.schema.dropTable('analytics_cursors').execute();
  await db.schema.dropTable('analytics_ticket_facts').execute();
  await db.schema.dropTable('analytics_place_daily').execute();
  await db.schema.dropTable('analytics_dim_monthly').execute();
  await db.schema.dropTable('analytics_dim_daily').execute();
  await db.schema.dropTable('analytics_unit_daily').execute();
  await db.schema.dropTable('analytics_officer_daily').execute();
  await db.schema.dropTable('analytics_hourly').execute();
}
