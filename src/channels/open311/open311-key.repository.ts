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

export async function listKeys(db: Db) {
  const rows = await db.selectFrom('open311_api_keys').select(['id', 'label', 'created_at', 'revoked_at']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

/** Revokes a key; undefined when there is no such key. A key revoked before keeps its first date. */
export async function revokeKey(db: Db, id: number, at: string) {
  await db.updateTable('open311_api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await db.selectFrom('open311_api_keys').select(['id', 'label', 'created_at', 'revoked_at']).where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at } : undefined;
}

/** The live key with this text, or undefined (unknown or revoked). */
export async function findLiveKey(db: Db, key: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('open311_api_keys').select('id').where('key_hash', '=', hashKey(key)).where('revoked_at', 'is', null).executeTakeFirst();
}
