import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, DEMO_PASSWORD, testEngines, type TestContext } from '../../test/support/harness.js';
import { logIn } from './auth.service.js';
import { hashPassword, OWASP_SCRYPT, TEST_ONLY_SCRYPT } from './password.js';

const engines = await testEngines();

describe.each(engines)('login on %s', (engine) => {
  let t: TestContext;
  const storedHash = async (username: string) =>
    (await t.ctx.store.db.selectFrom('users').select('password_hash').where('username', '=', username).executeTakeFirstOrThrow()).password_hash;
  const setHash = async (username: string, hash: string) => {
    await t.ctx.store.db.updateTable('users').set({ password_hash: hash }).where('username', '=', username).execute();
  };

  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => t?.close());

  it('re-hashes a password stored at older parameters on a successful login, and only then', async () => {
    const old = await hashPassword(DEMO_PASSWORD, { N: 2 ** 9, r: 8, p: 1 });
    await setHash('op.sadar', old);
    await expect(logIn(t.ctx.store.db, 'op.sadar', 'wrong-password', { sessionHours: 1, passwordHash: TEST_ONLY_SCRYPT })).rejects.toThrow(/Wrong username/);
    expect(await storedHash('op.sadar')).toBe(old);
    await logIn(t.ctx.store.db, 'op.sadar', DEMO_PASSWORD, { sessionHours: 1, passwordHash: TEST_ONLY_SCRYPT });
    const upgraded = await storedHash('op.sadar');
    expect(upgraded.startsWith(`scrypt$${TEST_ONLY_SCRYPT.N}$8$1$`)).toBe(true);
    // A server at OWASP's cost upgrades it again; the password keeps working throughout.
    await logIn(t.ctx.store.db, 'op.sadar', DEMO_PASSWORD, { sessionHours: 1, passwordHash: OWASP_SCRYPT });
    const owasp = await storedHash('op.sadar');
    expect(owasp.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    await logIn(t.ctx.store.db, 'op.sadar', DEMO_PASSWORD, { sessionHours: 1, passwordHash: TEST_ONLY_SCRYPT });
    expect(await storedHash('op.sadar')).toBe(owasp);
  });

  it('deletes expired sessions when someone logs in', async () => {
    const user = await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'control').executeTakeFirstOrThrow();
    const past = new Date(Date.now() - 60_000).toISOString();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await t.ctx.store.db
      .insertInto('sessions')
      .values([
        { id: 'expired-session-1', user_id: user.id, created_at: past, expires_at: past },
        { id: 'live-session-1', user_id: user.id, created_at: past, expires_at: future },
      ])
      .execute();
    await logIn(t.ctx.store.db, 'cp', DEMO_PASSWORD, { sessionHours: 1, passwordHash: TEST_ONLY_SCRYPT });
    const ids = (await t.ctx.store.db.selectFrom('sessions').select('id').execute()).map((s) => s.id);
    expect(ids).not.toContain('expired-session-1');
    expect(ids).toContain('live-session-1');
  });
});
