import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, OWASP_SCRYPT, TEST_ONLY_SCRYPT, verifyPassword } from './password.js';

describe('password hashes', () => {
  it("hash at OWASP's scrypt cost by default, with the parameters in the stored string", async () => {
    const stored = await hashPassword('correct horse battery');
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, Number(n), Number(r), Number(p)]).toEqual(['scrypt', 2 ** 17, 8, 1]);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('verify a hash by the parameters stored with it, and ask for a re-hash when they are older', async () => {
    const old = await hashPassword('an older password', { N: 2 ** 14, r: 8, p: 1 });
    expect(await verifyPassword('an older password', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, TEST_ONLY_SCRYPT)).toBe(false);
    expect(needsRehash(old, OWASP_SCRYPT)).toBe(true);
    const fewerBlocks = await hashPassword('x-password', { N: 2 ** 10, r: 4, p: 1 });
    expect(needsRehash(fewerBlocks, TEST_ONLY_SCRYPT)).toBe(true);
  });

  it('refuse malformed hashes, and parameters that would exhaust memory, without trying them', async () => {
    const good = await hashPassword('pw-12345678', TEST_ONLY_SCRYPT);
    const [, , , , salt, key] = good.split('$');
    for (const bad of ['', 'bcrypt$x', `scrypt$abc$8$1$${salt}$${key}`, `scrypt$1024$8$1$${salt}`, `scrypt$1024$8$1$${salt}$${key}$extra`, `scrypt$${2 ** 24}$8$1$${salt}$${key}`]) {
      expect(await verifyPassword('pw-12345678', bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });
});
