import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a secret a request presents equals the configured one, in time that does not depend on
 * where they differ. Both are hashed first so that their lengths, which timingSafeEqual needs equal,
 * tell nothing either.
 */
export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
