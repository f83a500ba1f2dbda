/**
 * Find your station over HTTP on both engines: a place in any script or spelling resolves as a report
 * would (the "No station matches" for Dharampeth, Zero Mile, Manish Nagar and sitabardi), a
 * point resolves to the jurisdiction holding it, and the web form's station hint routes like a tagged
 * account: after a named place and a pin, never over them.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();

interface Answer {
  station: {
    id: string;
    name: string;
    nameLocal: string;
    xHandle: string | null;
    zone: { id: string } | null;
    hasArea: boolean;
    contacts: { phone: string | null; whatsapp: string | null; telegram: string | null };
  } | null;
  force: { whatsapp: string | null; telegram: string | null; xHandle: string | null; emergency: string };
  place: { name: string | null; method: string; confidence: number };
  sure: boolean;
}

describe.each(engines)('find your station on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  const locate = async (query: string) => {
    const res = await t.app.inject({ url: `/api/public/locate?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Answer>();
  };

  it.each([
    ['Dharampeth', null],
    ['Zero Mile', 'ngp-ps-sitabuldi'],
    ['Manish Nagar', 'ngp-ps-beltarodi'],
    ['sitabardi', 'ngp-ps-sitabuldi'],
    ['सीताबर्डी', 'ngp-ps-sitabuldi'],
    ['Ambazari', 'ngp-ps-ambazari'],
  ])('finds the station of %s, with its zone and account', async (q, station) => {
    const a = await locate(`q=${encodeURIComponent(q)}`);
    expect(a.station).not.toBeNull();
    if (station) expect(a.station?.id).toBe(station);
    expect(a.station?.zone?.id).toMatch(/^ngp-z\d$/);
    expect(a.place.method).toBe('gazetteer');
  });

  it('finds the station of a point on the map, and says when there is none', async () => {
    const a = await locate('lat=21.1466946&lon=79.0806347');
    expect(a.station?.id).toBe('ngp-ps-sitabuldi');
    expect(a).toMatchObject({ place: { method: 'pin', name: null }, sure: true });
    expect(a.station?.hasArea).toBe(true);
    const far = await locate('lat=19.07&lon=72.87');
    expect(far.station).toBeNull();
    const nothing = await locate('q=qwxzv');
    expect(nothing).toMatchObject({ station: null, place: { method: 'none' }, sure: false });
  });

  it('finds Shanti Nagar and Kapil Nagar by name, and gives an area to every active station with a point in the reference data', async () => {
    // The shared reference data has no point for these two stations: by its rule (the nearest station that
    // has a location) they hold no cell, so a place near them routes to a neighbour, as the force's data says.
    for (const q of ['Shanti Nagar', 'Kapil Nagar']) {
      const a = await locate(`q=${encodeURIComponent(q)}`);
      expect(a.station).toMatchObject({ id: q === 'Shanti Nagar' ? 'ngp-ps-shanti-nagar' : 'ngp-ps-kapil-nagar', hasArea: false });
    }
    const stations = t.ctx.city.units.filter((u) => u.kind === 'station' && u.status === 'active');
    const areas = new Set(t.ctx.locator.jurisdictions().features.map((f) => f.properties.station));
    expect(stations.filter((s) => !areas.has(s.id)).map((s) => s.id).sort()).toEqual(['ngp-ps-kapil-nagar', 'ngp-ps-shanti-nagar']);
  });

  it("gives the station's phone and chats only as the force lists them, and otherwise the force's own channels, X and 112", async () => {
    // Nagpur's reference data has no phones: nothing is invented.
    const bare = await locate('q=Zero%20Mile');
    expect(bare.station?.contacts).toEqual({ phone: null, whatsapp: null, telegram: null });
    expect(bare.force).toEqual({ whatsapp: null, telegram: null, xHandle: '@NagpurPolice', emergency: '112' });

    // A force fills in station-contacts.csv and configures its channels' public number and bot.
    const dir = await mkdtemp(join(tmpdir(), 'chowki-contacts-'));
    const original = { cityDir: t.ctx.config.cityDir, channels: t.ctx.config.channels };
    try {
      for (const f of ['units.csv', 'gazetteer.csv', 'city.json']) await copyFile(join(t.ctx.config.cityDir, f), join(dir, f));
      await writeFile(join(dir, 'station-contacts.csv'), 'unit,phone,whatsapp,telegram,source\nngp-ps-sitabuldi,0712 256 1234,+91 98220 12345,,test fixture\n');
      const channels = t.ctx.config.channels;
      await t.reconfigure({
        cityDir: dir,
        channels: {
          ...channels,
          whatsapp: { appSecret: 's', verifyToken: undefined, accessToken: undefined, phoneNumberId: undefined, apiUrl: 'http://127.0.0.1:9', template: 't', publicNumber: '+91 90000 00112' },
          telegram: { botToken: '1:x', webhookSecret: undefined, apiUrl: 'http://127.0.0.1:9', botUsername: '@NagpurPoliceBot' },
        },
      });
      const listed = await locate('q=Zero%20Mile');
      expect(listed.station?.contacts).toEqual({ phone: '0712 256 1234', whatsapp: '+91 98220 12345', telegram: null });
      expect(listed.force).toEqual({ whatsapp: '+91 90000 00112', telegram: '@NagpurPoliceBot', xHandle: '@NagpurPolice', emergency: '112' });
      expect(JSON.stringify(listed)).not.toContain('test fixture');
      expect((await locate('q=Ambazari')).station?.contacts).toEqual({ phone: null, whatsapp: null, telegram: null });

      // A mistake in the file stops the start, naming the line and the field.
      await writeFile(join(dir, 'station-contacts.csv'), 'unit,phone,whatsapp,telegram,source\nngp-ps-sitabuldi,call us,,,x\n');
      await expect(t.reconfigure({ cityDir: dir })).rejects.toThrow(/line 2: phone/);
    } finally {
      await t.reconfigure(original);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a query that names nothing (400)', async () => {
    expect((await t.app.inject({ url: '/api/public/locate' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/public/locate?lat=21.1' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/public/locate?lat=abc&lon=79' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/public/locate?q=${'x'.repeat(300)}` })).statusCode).toBe(400);
  });

  it("routes a report to the station chosen on the web as a tagged account would, after a named place", async () => {
    const send = async (payload: object) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload });
      expect(res.statusCode, res.body).toBe(201);
      const ref = res.json<{ reference: string }>().reference;
      return t.ctx.store.db.selectFrom('tickets').select(['station_id', 'place_method']).where('reference', '=', ref).executeTakeFirstOrThrow();
    };
    expect(await send({ text: 'My bicycle was stolen last night', station: 'ngp-ps-ambazari' })).toEqual({ station_id: 'ngp-ps-ambazari', place_method: 'handle' });
    expect((await send({ text: 'My purse was stolen at Zero Mile', station: 'ngp-ps-ambazari' })).station_id).toBe('ngp-ps-sitabuldi');
    expect((await send({ text: 'Someone broke my car window', station: 'ngp-ps-no-such' })).station_id).toBeNull();
    const bad = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text: 'Something happened', station: 'Not An Id!' } });
    expect(bad.statusCode).toBe(400);
  });
});
