import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import { nowIso } from '../store/db.js';
import type { UserRow } from '../store/tables.js';
import { parseRole, type Actor, type Role } from './access.js';
import { hashPassword, needsRehash, OWASP_SCRYPT, verifyPassword, type ScryptCost } from './password.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
  insertUser,
  updateUserPassword,
} from './user.repository.js';

export const SESSION_COOKIE = 'chowki_session';

function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toActor(u: UserRow): Actor {
  const role = parseRole(u.role);
  if (!role) throw new AppError('INTERNAL', `user ${u.id} has an unknown role`);
  return { userId: u.id, username: u.username, displayName: u.display_name, role, unitId: u.unit_id };
}

/** How logins are run: the session length, the cost new hashes get. */
export interface LoginPolicy {
  sessionHours: number;
  passwordHash: ScryptCost;
  /** The wall clock, which sessions are checked against (not a test's simulated one). */
  now?: () => number;
}

/**
 * Checks a username and password and opens a session; the token goes into the cookie only. A hash
 * stored at an older cost is replaced by one at the current cost, and expired sessions are deleted
 * (one indexed delete per login keeps the table to the live sessions).
 */
export async function logIn(
  db: Db,
  username: string,
  password: string,
  policy: LoginPolicy,
): Promise<{ token: string; actor: Actor; expiresAt: string }> {
  const user = await findUserByUsername(db, username);
  // Hash even when the user is unknown so that timing does not tell which usernames exist.
  const ok = user
    ? await verifyPassword(password, user.password_hash)
    : await hashPassword(password, policy.passwordHash).then(() => false);
  if (!user || !ok || user.active !== 1) {
    throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
  }
  if (needsRehash(user.password_hash, policy.passwordHash)) {
    await updateUserPassword(db, user.id, await hashPassword(password, policy.passwordHash));
  }
  const token = randomBytes(32).toString('base64url');
  const now = (policy.now ?? Date.now)();
  const expiresAt = new Date(now + policy.sessionHours * 3600_000).toISOString();
  await deleteExpiredSessions(db, nowIso(() => now));
  await insertSession(db, { id: sessionId(token), userId: user.id, createdAt: nowIso(() => now), expiresAt });
  return { token, actor: toActor(user), expiresAt };
}

export async function actorForToken(db: Db, token: string): Promise<Actor | undefined> {
  const user = await findSessionUser(db, sessionId(token), nowIso());
  return user ? toActor(user) : undefined;
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionId(token));
}

/** Creates a user, or sets the password of an existing one when `replace` is true. */
export async function addUser(
  db: Db,
  u: { username: string; password: string; role: Role; unitId: string; displayName?: string; replace?: boolean },
  passwordCost: ScryptCost = OWASP_SCRYPT,
): Promise<{ id: number; created: boolean }> {
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(u.username)) {
    throw new AppError('VALIDATION_FAILED', 'username: use 2-63 lowercase letters, digits, dot, dash or underscore');
  }
  if (u.password.length < 8) throw new AppError('VALIDATION_FAILED', 'password: must be at least 8 characters');
  const unit = await db.selectFrom('units').select(['id', 'kind']).where('id', '=', u.unitId).executeTakeFirst();
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `unit: no unit "${u.unitId}"`);
  const existing = await findUserByUsername(db, u.username);
  const hash = await hashPassword(u.password, passwordCost);
  if (existing) {
    if (!u.replace) throw new AppError('USERNAME_TAKEN', `username: "${u.username}" exists already`);
    await updateUserPassword(db, existing.id, hash);
    return { id: existing.id, created: false };
  }
  const id = await insertUser(db, {
    username: u.username,
    displayName: u.displayName ?? u.username,
    passwordHash: hash,
    role: u.role,
    unitId: u.unitId,
    createdAt: nowIso(),
  });
  return { id, created: true };
}
