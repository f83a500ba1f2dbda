/**
 * The administrator's Open311 keys on both engines (issue 13): issuing and revoking each write an audit
 * row in the same transaction (the key's id and label, never the key), revoking a revoked key writes
 * none, and the list says who issued and who revoked each key, newest first. A key id beyond any row is
 * a clear 400 or 404, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('Open311 keys audited on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const audit = async () =>
    (await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details', 'actor_user_id', 'ticket_id']).where('action', 'in', ['open311.key_issued', 'open311.key_revoked']).orderBy('id').execute()).map((a) => ({
      ...a,
      details: JSON.parse(a.details),
    }));

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('records who issued and who revoked a key, once each, without the key', async () => {
    const adminId = (await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
    const issued = await t.app.inject({ method: 'POST', url: '/api/admin/open311-keys', headers: { cookie: admin }, payload: { label: 'Nagpur civic app' } });
    expect(issued.statusCode).toBe(201);
    const key = issued.json<{ id: number; key: string }>();
    clock.now += 60_000;
    const second = (await t.app.inject({ method: 'POST', url: '/api/admin/open311-keys', headers: { cookie: admin }, payload: { label: 'Ward app' } })).json<{ id: number }>();
    expect(await audit()).toEqual([
      { action: 'open311.key_issued', actor_user_id: adminId, ticket_id: null, details: { keyId: key.id, label: 'Nagpur civic app' } },
      { action: 'open311.key_issued', actor_user_id: adminId, ticket_id: null, details: { keyId: second.id, label: 'Ward app' } },
    ]);

    clock.now += 60_000;
    const revoked = await t.app.inject({ method: 'POST', url: `/api/admin/open311-keys/${key.id}/revoke`, headers: { cookie: admin } });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: key.id, revokedAt: new Date(clock.now).toISOString(), revokedBy: 'Administrator' });
    // Again: nothing changes, nothing more is recorded, and the first revocation's date stays.
    clock.now += 60_000;
    const again = await t.app.inject({ method: 'POST', url: `/api/admin/open311-keys/${key.id}/revoke`, headers: { cookie: admin } });
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);
    const rows = await audit();
    expect(rows.filter((r) => r.action === 'open311.key_revoked')).toEqual([
      { action: 'open311.key_revoked', actor_user_id: adminId, ticket_id: null, details: { keyId: key.id, label: 'Nagpur civic app' } },
    ]);
    expect(JSON.stringify(rows)).not.toContain(key.key);

    const list = (await t.app.inject({ url: '/api/admin/open311-keys', headers: { cookie: admin } })).json();
    expect(list.keys.map((k: { id: number }) => k.id)).toEqual([second.id, key.id]);
    expect(list.keys[0]).toMatchObject({ label: 'Ward app', createdBy: 'Administrator', revokedAt: null, revokedBy: null });
    expect(list.keys[1]).toMatchObject({ label: 'Nagpur civic app', createdBy: 'Administrator', revokedBy: 'Administrator' });
  });

  it('answers an impossible key id with a 400 or 404, never a 500', async () => {
    for (const id of ['0', '-1', '99999999999999999999', '1.5']) {
      const res = await t.app.inject({ method: 'POST', url: `/api/admin/open311-keys/${id}/revoke`, headers: { cookie: admin } });
      expect([400, 404], `${id}: ${res.body}`).toContain(res.statusCode);
    }
  });
});
