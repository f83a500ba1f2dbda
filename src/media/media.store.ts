/**
 * The content-addressed media store: a file's name is the SHA-256 of its bytes, `ab/cd/<sha256>`, in a
 * folder (the default) or in an S3-compatible bucket (when CHOWKI_MEDIA_S3_URL is set). The same photo sent
 * twice is kept once; in the folder a file is written to a temporary name and renamed, so a reader never
 * sees half of one, and in a bucket a PUT is whole or nothing; a name is checked before it becomes a path or
 * a key, and every read checks that the bytes still are what their name says.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AwsClient } from 'aws4fetch';

const SHA256 = /^[0-9a-f]{64}$/;
const S3_TIMEOUT_MS = 30_000;

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…), addressed by its URL: objects live at `<url>/<key>`. */
export interface MediaBucket {
  /** The bucket's URL, path-style (`https://s3.ap-south-1.amazonaws.com/chowki-media`) or virtual-hosted. */
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Where media is kept: the folder, unless a bucket is configured. */
export interface MediaPlace {
  dir: string;
  bucket?: MediaBucket | undefined;
}

/** The folder path or bucket key of a stored file; throws for anything that is not a SHA-256 in hex. */
export function mediaKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('not a sha256');
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The path of a stored file in the folder; throws for anything that is not a SHA-256 in hex. */
export function mediaPath(dir: string, sha256: string): string {
  return join(dir, ...mediaKey(sha256).split('/'));
}

export function sha256Of(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A bucket could not be reached or refused a request: the caller retries or answers 503, never "not found". */
export class MediaBucketError extends Error {
  constructor(readonly code: string) {
    super(`media bucket: ${code}`);
    this.name = 'MediaBucketError';
  }
}

const clients = new WeakMap<MediaBucket, AwsClient>();

/** Sends one SigV4-signed request to the bucket (aws4fetch: a small, dependency-free signer over fetch). */
async function bucketRequest(bucket: MediaBucket, method: 'GET' | 'HEAD' | 'PUT', sha256: string, body?: Buffer): Promise<Response> {
  let client = clients.get(bucket);
  if (!client) {
    // Two quick retries of a 5xx or 429 (50 then 100 ms); past that the attachment worker's own back-off takes over.
    client = new AwsClient({ accessKeyId: bucket.accessKeyId, secretAccessKey: bucket.secretAccessKey, service: 's3', region: bucket.region, retries: 2, initRetryMs: 50 });
    clients.set(bucket, client);
  }
  const headers: Record<string, string> = {};
  if (body) {
    // The payload is signed (its hash is the key already) and S3 checks it again on arrival.
    headers['x-amz-content-sha256'] = sha256;
    headers['x-amz-checksum-sha256'] = Buffer.from(sha256, 'hex').toString('base64');
    headers['content-type'] = 'application/octet-stream';
  }
  try {
    return await client.fetch(`${bucket.url.replace(/\/+$/, '')}/${mediaKey(sha256)}`, {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body).buffer } : {}),
      signal: AbortSignal.timeout(S3_TIMEOUT_MS),
    });
  } catch (err) {
    throw new MediaBucketError(err instanceof Error && err.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK');
  }
}

/** Keeps the bytes under their hash (once); returns the hash. */
export async function putMedia(where: MediaPlace, bytes: Buffer): Promise<string> {
  const sha = sha256Of(bytes);
  if (where.bucket) {
    const head = await bucketRequest(where.bucket, 'HEAD', sha);
    if (!head.ok && head.status !== 404) throw new MediaBucketError(`HEAD_${head.status}`);
    if (head.ok && Number(head.headers.get('content-length')) === bytes.length) return sha;
    const put = await bucketRequest(where.bucket, 'PUT', sha, bytes);
    await put.body?.cancel();
    if (!put.ok) throw new MediaBucketError(`PUT_${put.status}`);
    return sha;
  }
  const path = mediaPath(where.dir, sha);
  const exists = await stat(path).then(
    (s) => s.size === bytes.length,
    () => false,
  );
  if (exists) return sha;
  await mkdir(join(where.dir, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, bytes, { mode: 0o600 });
  await rename(tmp, path);
  return sha;
}

/** Whether a file is kept under this hash (false for anything that is not a SHA-256 in hex); a bucket that fails throws. */
export async function hasMedia(where: MediaPlace, sha256: string): Promise<boolean> {
  if (!SHA256.test(sha256)) return false;
  if (where.bucket) {
    const head = await bucketRequest(where.bucket, 'HEAD', sha256);
    if (head.status === 404) return false;
    if (!head.ok) throw new MediaBucketError(`HEAD_${head.status}`);
    return true;
  }
  return stat(mediaPath(where.dir, sha256)).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Reads a stored file back, checking that it still is what its name says. */
export async function readMedia(where: MediaPlace, sha256: string): Promise<Buffer> {
  let bytes: Buffer;
  if (where.bucket) {
    mediaKey(sha256);
    const res = await bucketRequest(where.bucket, 'GET', sha256);
    if (!res.ok) await res.body?.cancel();
    if (res.status === 404) throw new Error('MEDIA_NOT_FOUND');
    if (!res.ok) throw new MediaBucketError(`GET_${res.status}`);
    bytes = Buffer.from(await res.arrayBuffer());
  } else {
    bytes = await readFile(mediaPath(where.dir, sha256));
  }
  if (sha256Of(bytes) !== sha256) throw new Error('MEDIA_CORRUPTED');
  return bytes;
}
