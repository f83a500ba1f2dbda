/**
 * An emulator of an S3-compatible bucket as Chowki uses it: path-style PutObject, GetObject and HeadObject,
 * every request's AWS Signature Version 4 checked here from first principles (canonical request, string to
 * sign, derived key: docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html), so a signer that
 * gets it wrong is refused as S3 would (403 SignatureDoesNotMatch); a signed payload hash and an
 * x-amz-checksum-sha256 are checked against the body (400 XAmzContentSHA256Mismatch, BadDigest); injectable 503s.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startFakeServer } from './http.fake.js';

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function sendXml(res: ServerResponse, status: number, code: string, message: string, head = false): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(head ? undefined : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/** Why a request's signature is refused, or null when it is what the key would sign. */
function signatureProblem(req: IncomingMessage, url: URL, creds: { accessKeyId: string; secretAccessKey: string; region: string }): string | null {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'malformed Authorization';
  const [, keyId, date, region, signedHeaders, signature] = m;
  if (keyId !== creds.accessKeyId) return 'unknown access key';
  if (region !== creds.region) return 'wrong region';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(date ?? '\0')) return 'x-amz-date does not match the credential date';
  const names = (signedHeaders ?? '').split(';');
  for (const must of ['host', 'x-amz-date', 'x-amz-content-sha256']) if (!names.includes(must)) return `${must} not signed`;
  const canonicalHeaders = names.map((n) => `${n}:${String(req.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join('&');
  const canonicalRequest = [req.method, url.pathname, query, canonicalHeaders, signedHeaders, String(req.headers['x-amz-content-sha256'])].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, date ?? ''), region ?? ''), 's3'), 'aws4_request');
  const expected = hmac(key, stringToSign);
  const given = Buffer.from(signature ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'signature does not match';
}

export async function startS3Fake(opts: { bucket: string; accessKeyId: string; secretAccessKey: string; region?: string }) {
  const region = opts.region ?? 'us-east-1';
  const objects = new Map<string, Buffer>();
  const requests: Array<{ method: string; key: string; status: number }> = [];
  const failures: number[] = [];

  const server = await startFakeServer((req, body, res, url) => {
    const method = req.method ?? '';
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const answer = (status: number, fn: () => void) => {
      requests.push({ method, key, status });
      fn();
    };
    const failure = failures.shift();
    if (failure) return answer(failure, () => sendXml(res, failure, 'SlowDown', 'Please reduce your request rate.', method === 'HEAD'));
    const problem = signatureProblem(req, url, { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey, region });
    if (problem) return answer(403, () => sendXml(res, 403, 'SignatureDoesNotMatch', problem, method === 'HEAD'));
    if (bucket !== opts.bucket) return answer(404, () => sendXml(res, 404, 'NoSuchBucket', 'The specified bucket does not exist', method === 'HEAD'));
    if (method === 'PUT') {
      const declared = String(req.headers['x-amz-content-sha256']);
      if (declared !== 'UNSIGNED-PAYLOAD' && declared !== sha256Hex(body)) {
        return answer(400, () => sendXml(res, 400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.'));
      }
      const checksum = req.headers['x-amz-checksum-sha256'];
      if (checksum !== undefined && checksum !== createHash('sha256').update(body).digest('base64')) {
        return answer(400, () => sendXml(res, 400, 'BadDigest', 'The SHA256 you specified did not match the calculated checksum.'));
      }
      objects.set(key, Buffer.from(body));
      return answer(200, () => {
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        res.end();
      });
    }
    if (method === 'GET' || method === 'HEAD') {
      const found = objects.get(key);
      if (!found) return answer(404, () => sendXml(res, 404, 'NoSuchKey', 'The specified key does not exist.', method === 'HEAD'));
      return answer(200, () => {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(found.length) });
        res.end(method === 'HEAD' ? undefined : found);
      });
    }
    return answer(405, () => sendXml(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'));
  });

  return {
    /** The bucket's path-style URL, as CHOWKI_MEDIA_S3_URL takes it. */
    bucketUrl: `${server.url}/${opts.bucket}`,
    objects,
    requests,
    /** The next n requests answer this status (503 SlowDown, 500) before anything else is checked. */
    failNext(n: number, status = 503) {
      for (let i = 0; i < n; i++) failures.push(status);
    },
    close: server.close,
  };
}
