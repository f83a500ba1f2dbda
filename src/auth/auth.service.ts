import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import { nowIso } from '../store/db.js';
import type { UserRow } from '../store/tables.js';
import { parseRole, type Actor, type Role } from './access.js';
import { hashPassword, verifyPassword } from './password.js';
import {
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

/** Checks a username and password and opens a session; the token goes into the cookie only. */
export async function logIn(
  db: Db,
  username: string,
  password: string,
  sessionHours: number,
): Promise<{ token: string; actor: Actor; expiresAt: string }> {
  const user = await findUserByUsername(db, username);
  // Hash even when the user is unknown so that timing does not tell which usernames exist.
  const ok = user ? await verifyPassword(password, user.password_hash) : await hashPassword(password).then(() => false);
  if (!user || !ok || user.active !== 1) {
    throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
  }
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + sessionHours * 3600_000).toISOString();
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
): Promise<{ id: number; created: boolean }> {
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(u.username)) {
    throw new AppError('VALIDATION_FAILED', 'username: use 2-63 lowercase letters, digits, dot, dash or underscore');
  }
  if (u.password.length < 8) throw new AppError('VALIDATION_FAILED', 'password: must be at least 8 characters');
  const unit = await db.selectFrom('units').select(['id', 'kind']).where('id', '=', u.unitId).executeTakeFirst();
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `unit: no unit "${u.unitId}"`);
  const existing = await findUserByUsername(db, u.username);
  const hash = await hashPassword(u.password);
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
