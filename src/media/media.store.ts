/**
 * The content-addressed media store: a file's name is the SHA-256 of its bytes, under
 * `<dir>/ab/cd/<sha256>`. The same photo sent twice is kept once; a file is written to a temporary name
 * and renamed, so a reader never sees half of one; a name is checked before it becomes a path.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;

/** The path of a stored file; throws for anything that is not a SHA-256 in hex. */
export function mediaPath(dir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('not a sha256');
  return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function sha256Of(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keeps the bytes under their hash (once); returns the hash. */
export async function putMedia(dir: string, bytes: Buffer): Promise<string> {
  const sha = sha256Of(bytes);
  const path = mediaPath(dir, sha);
  const exists = await stat(path).then(
    (s) => s.size === bytes.length,
    () => false,
  );
  if (exists) return sha;
  await mkdir(join(dir, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, bytes, { mode: 0o600 });
  await rename(tmp, path);
  return sha;
}

/** Whether a file is kept under this hash (false for anything that is not a SHA-256 in hex). */
export async function hasMedia(dir: string, sha256: string): Promise<boolean> {
  if (!SHA256.test(sha256)) return false;
  return stat(mediaPath(dir, sha256)).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Reads a stored file back, checking that it still is what its name says. */
export async function readMedia(dir: string, sha256: string): Promise<Buffer> {
  const bytes = await readFile(mediaPath(dir, sha256));
  if (sha256Of(bytes) !== sha256) throw new Error('MEDIA_CORRUPTED');
  return bytes;
}
