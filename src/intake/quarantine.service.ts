/**
 * Inbound items that could not be carried through (`failed`): the control room and the administrator
 * see them with the reason and either send them through again or discard them. Each decision is in
 * the audit trail. Nothing here shows personal data: the preview is masked.
 */
import type { Actor, Role } from '../auth/access.js';
import { AppError } from '../errors.js';
import type { AppContext } from '../context.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { findPii, maskPii } from '../triage/pii.js';
import { inboundItemSchema } from './inbound-item.js';
import { processInbound, type IntakeContext, type IntakeOutcome } from './intake.service.js';

/** The roles that look after the intake of the whole force. */
export const QUARANTINE_ROLES: readonly Role[] = ['control_room', 'admin'];

const PREVIEW_CHARS = 160;

export interface QuarantinedItem {
  id: number;
  channel: string;
  receivedAt: string;
  failedAt: string | null;
  reason: string;
  /** The start of the message with personal data masked, or null when the payload is unreadable. */
  preview: string | null;
}

function previewOf(payload: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = inboundItemSchema.safeParse(value);
  if (!parsed.success) return null;
  // Masked first, cut after: a number split by the cut would not be found any more.
  const text = parsed.data.text;
  return maskPii(text, findPii(text)).slice(0, PREVIEW_CHARS);
}

/** The items of one end state, newest first, each with when it ended there and why (masked preview). */
async function listByStatus(ctx: Pick<AppContext, 'store'>, status: 'failed' | 'ignored', limit: number) {
  const db = ctx.store.db;
  const rows = await db
    .selectFrom('inbound')
    .select(['id', 'channel', 'received_at', 'processed_at', 'error', 'payload'])
    .where('status', '=', status)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const count = await db.selectFrom('inbound').select((eb) => eb.fn.countAll<number | string>().as('n')).where('status', '=', status).executeTakeFirst();
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      receivedAt: r.received_at,
      at: r.processed_at,
      reason: r.error ?? 'no reason recorded',
      preview: previewOf(r.payload),
    })),
  };
}

/** The failed items, newest first. */
export async function listQuarantined(ctx: Pick<AppContext, 'store'>, limit: number): Promise<{ items: QuarantinedItem[]; total: number }> {
  const { total, items } = await listByStatus(ctx, 'failed', limit);
  return { total, items: items.map(({ at, ...r }) => ({ ...r, failedAt: at })) };
}

/** The items left out on purpose (status `ignored`: retweets, stickers, contact cards), newest first, with why. */
export async function listIgnored(ctx: Pick<AppContext, 'store'>, limit: number) {
  const { total, items } = await listByStatus(ctx, 'ignored', limit);
  return { total, items: items.map(({ at, ...r }) => ({ ...r, ignoredAt: at })) };
}

/** Sends a failed item through the pipeline again; it fails again (and stays quarantined) if its cause remains. */
export async function retryQuarantined(ctx: IntakeContext, actor: Actor, id: number): Promise<IntakeOutcome & { status: string }> {
  const at = new Date(ctx.now()).toISOString();
  const released = await ctx.store.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('inbound')
      .set({ status: 'pending', error: null, processed_at: null })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'inbound.retried', details: { inboundId: id }, at });
    return true;
  });
  if (!released) throw new AppError('NOT_FOUND', `No failed inbound item ${id}: it was processed, discarded or never existed`);
  const outcome = await processInbound(ctx, id);
  const now = await ctx.store.db.selectFrom('inbound').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  return { ...outcome, status: now.status };
}

/** Discards a failed item: it stays stored as evidence, and is never processed. */
export async function discardQuarantined(ctx: Pick<AppContext, 'store' | 'now'>, actor: Actor, id: number, reason: string): Promise<void> {
  const at = new Date(ctx.now()).toISOString();
  const done = await ctx.store.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('inbound')
      .set({ status: 'discarded', processed_at: at })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'inbound.discarded', details: { inboundId: id, reason }, at });
    return true;
  });
  if (!done) throw new AppError('NOT_FOUND', `No failed inbound item ${id}: it was processed, discarded or never existed`);
}
