/**
 * What the public form answered a report, kept so that a retry of it (same clientId, e.g. after the
 * answer was lost on a bad connection) gets the SAME reference and tracking link.
 *
 * Why sealed, not derived: the ticket's token is random and only its hash is stored (tickets), so the
 * form cannot recompute it; deriving it from a server secret would need a secret shared by every
 * process and kept apart from the database, which Chowki does not have. Instead the token is kept for
 * the retry window, sealed (AES-256-GCM) under a key derived from the clientId, and the clientId
 * itself is stored nowhere: rows are found by a hash of it, and intake's external id is that hash too.
 * A copy of the database therefore yields no tracking token; only the browser that sent the report,
 * which holds the clientId, can open its receipt. (A clientId is a browser's random UUID; a short one
 * chosen by some other client is as guessable as it is short.)
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../store/db.js';
import type { WebformReceiptTable } from '../../store/tables.js';

const derive = (purpose: string, clientId: string) => createHash('sha256').update(`chowki:webform:${purpose}\n${clientId}`).digest();

/** The receipt's key, and intake's external id, for a clientId. */
export function receiptKey(clientId: string): string {
  return derive('receipt-id', clientId).toString('hex');
}

/** Seals a tracking token under the clientId: iv | tag | ciphertext, base64url. */
export function sealToken(clientId: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive('receipt-seal', clientId), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Opens a sealed token; undefined when the clientId is not the one it was sealed under. */
export function openToken(clientId: string, sealed: string): string | undefined {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', derive('receipt-seal', clientId), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A one-way key for an address or a device cookie in receipts. */
export function hashKey(kind: 'address' | 'device', value: string): string {
  return createHash('sha256').update(`chowki:webform:${kind}\n${value}`).digest('hex');
}

export type ReceiptRow = WebformReceiptTable;

/** Claims a report's receipt; false when another request holds it already (a retry or a double submit). */
export async function claimReceipt(
  db: Db,
  r: { clientKey: string; deviceKey: string | null; addressKey: string; fingerprint: string; at: string; expiresAt: string },
): Promise<boolean> {
  const row = await db
    .insertInto('webform_receipts')
    .values({
      client_key: r.clientKey,
      device_key: r.deviceKey,
      address_key: r.addressKey,
      fingerprint: r.fingerprint,
      status: 'pending',
      reference: null,
      sealed_token: null,
      created_at: r.at,
      expires_at: r.expiresAt,
    })
    .onConflict((oc) => oc.column('client_key').doNothing())
    .returning('client_key')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findReceipt(db: Db, clientKey: string): Promise<ReceiptRow | undefined> {
  return db.selectFrom('webform_receipts').selectAll().where('client_key', '=', clientKey).executeTakeFirst();
}

export async function settleReceipt(
  db: Db,
  clientKey: string,
  s: { status: 'done' | 'failed'; reference: string | null; sealedToken: string | null },
): Promise<void> {
  await db
    .updateTable('webform_receipts')
    .set({ status: s.status, reference: s.reference, sealed_token: s.sealedToken })
    .where('client_key', '=', clientKey)
    .execute();
}

export async function dropReceipt(db: Db, clientKey: string): Promise<void> {
  await db.deleteFrom('webform_receipts').where('client_key', '=', clientKey).execute();
}

/** Deletes receipts past their retry window: their tokens are gone for good. */
export async function deleteExpiredReceipts(db: Db, now: string): Promise<void> {
  await db.deleteFrom('webform_receipts').where('expires_at', '<=', now).execute();
}

/** The reports sent since `since` from this device or this address, newest first, for spotting repeats. */
export async function listRecentReceipts(
  db: Db,
  who: { deviceKey: string | null; addressKey: string },
  since: string,
): Promise<Array<Pick<ReceiptRow, 'device_key' | 'address_key' | 'fingerprint' | 'reference' | 'created_at'>>> {
  return db
    .selectFrom('webform_receipts')
    .select(['device_key', 'address_key', 'fingerprint', 'reference', 'created_at'])
    .where((eb) =>
      who.deviceKey === null
        ? eb('address_key', '=', who.addressKey)
        : eb.or([eb('address_key', '=', who.addressKey), eb('device_key', '=', who.deviceKey)]),
    )
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

/** Where intake is with a web report it stored: its ticket's reference, or why there is none yet. */
export async function findWebIntake(
  db: Db,
  externalId: string,
): Promise<{ status: string; reference: string | null } | undefined> {
  const row = await db
    .selectFrom('inbound')
    .leftJoin('tickets', 'tickets.id', 'inbound.ticket_id')
    .select(['inbound.status', 'tickets.reference'])
    .where('inbound.channel', '=', 'web')
    .where('inbound.external_id', '=', externalId)
    .executeTakeFirst();
  return row ? { status: row.status, reference: row.reference } : undefined;
}
