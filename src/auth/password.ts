/**
 * Password hashes: scrypt, with its parameters in the stored string (`scrypt$N$r$p$salt$hash`), so
 * that a stronger cost can be adopted without locking anyone out: each login re-hashes an older one.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A scrypt cost: N (CPU/memory), r (block size), p (parallelism). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet's scrypt recommendation: N=2^17, r=8, p=1 (128 MiB per hash). */
export const OWASP_SCRYPT: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/** For test suites only (CHOWKI_INSECURE_TEST_PASSWORD_HASH=true): fast, and far too weak to store real passwords. */
export const TEST_ONLY_SCRYPT: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 10, r: 8, p: 1 });

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Hashes stored with a cost above this are refused rather than allowed to exhaust memory (1 GiB). */
const MAX_MEMORY = 1024 * 1024 * 1024;

/** scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless maxmem is raised. */
function memoryFor(cost: ScryptCost): number {
  return 128 * cost.N * cost.r * cost.p + 1024 * 1024;
}

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hashes a password with scrypt as `scrypt$N$r$p$salt$hash` (base64url); OWASP's cost unless told otherwise. */
export async function hashPassword(password: string, cost: ScryptCost = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { ...cost, maxmem: memoryFor(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface StoredHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parseStoredHash(stored: string): StoredHash | undefined {
  const [scheme, n, r, p, salt, hash, extra] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash || extra !== undefined) return undefined;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return undefined;
  if (memoryFor(cost) > MAX_MEMORY) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(hash, 'base64url') };
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.key.length, { ...parsed.cost, maxmem: memoryFor(parsed.cost) });
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash is weaker than the cost in force (older parameters, a shorter salt or key): re-hash it. */
export function needsRehash(stored: string, cost: ScryptCost = OWASP_SCRYPT): boolean {
  const parsed = parseStoredHash(stored);
  if (!parsed) return true;
  const c = parsed.cost;
  return c.N < cost.N || c.r < cost.r || c.p < cost.p || parsed.salt.length < SALT_LENGTH || parsed.key.length < KEY_LENGTH;
}
