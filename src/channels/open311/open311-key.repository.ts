/** Open311 API keys: issued by an administrator, kept as a hash, revocable. */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../store/db.js';

function hashKey(key: string): string {
  return createHash('sha256').update(`chowki:open311-key\n${key}`).digest('hex');
}

/** Issues a key: the only time its text exists is in this answer. */
export async function issueKey(db: Db, label: string, createdBy: number | null, at: string) {
  const key = `o311_${randomBytes(24).toString('base64url')}`;
  const row = await db
    .insertInto('open311_api_keys')
    .values({ key_hash: hashKey(key), label, created_by: createdBy, created_at: at, revoked_at: null })
    .returning(['id', 'label', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, label: row.label, createdAt: row.created_at, key };
}

function keysQuery(db: Db) {
  return db
    .selectFrom('open311_api_keys as k')
    .leftJoin('users as issuer', 'issuer.id', 'k.created_by')
    .leftJoin('users as revoker', 'revoker.id', 'k.revoked_by')
    .select(['k.id', 'k.label', 'k.created_at', 'k.revoked_at', 'issuer.display_name as created_by_name', 'revoker.display_name as revoked_by_name']);
}

function toKey(r: { id: number; label: string; created_at: string; revoked_at: string | null; created_by_name: string | null; revoked_by_name: string | null }) {
  return { id: r.id, label: r.label, createdAt: r.created_at, createdBy: r.created_by_name, revokedAt: r.revoked_at, revokedBy: r.revoked_by_name };
}

/** Every key issued, newest first, with who issued and who revoked it; never the key itself. */
export async function listKeys(db: Db) {
  return (await keysQuery(db).orderBy('k.id', 'desc').execute()).map(toKey);
}

/**
 * Revokes a key; undefined when there is no such key. A key revoked before keeps its first date and
 * revoker, and `revoked` says whether this call revoked it.
 */
export async function revokeKey(db: Db, id: number, by: number | null, at: string) {
  const done = await db.updateTable('open311_api_keys').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  const row = await keysQuery(db).where('k.id', '=', id).executeTakeFirst();
  return row ? { key: toKey(row), revoked: Number(done.numUpdatedRows) > 0 } : undefined;
}

/** The live key with this text, or undefined (unknown or revoked). */
export async function findLiveKey(db: Db, key: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('open311_api_keys').select('id').where('key_hash', '=', hashKey(key)).where('revoked_at', 'is', null).executeTakeFirst();
}
