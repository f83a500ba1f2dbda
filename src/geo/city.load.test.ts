import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCityProfile, parseUnits } from './city.js';
import { loadCityFromDir } from './city.load.js';

const units = parseUnits(
  [
    'id,kind,parent,name_en,name_local,lat,lon,status',
    'pune,commissionerate,,Pune City Police,पुणे शहर पोलीस,,,active',
    'pune-cyber,special,pune,Cyber Police Station,,,,active',
    'pune-eow,special,pune,Economic Offences Wing,,,,proposed',
  ].join('\n'),
);

describe('city.json: the city as a whole', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("gives Nagpur its name in three languages and sends every cyber fraud to the cyber police", () => {
    const city = loadCityFromDir('data/nagpur');
    expect(city.code).toBe('NGP');
    expect(city.name).toEqual({ en: 'Nagpur City Police', hi: 'नागपुर शहर पुलिस', mr: 'नागपूर शहर पोलीस' });
    expect(city.specialUnits).toEqual({ cyber_fraud: ['ngp-cyber'] });
  });

  it('is optional: without it the name comes from units.csv and no unit is special', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chowki-city-'));
    dirs.push(dir);
    for (const f of ['units.csv', 'gazetteer.csv']) copyFileSync(join('data/nagpur', f), join(dir, f));
    const city = loadCityFromDir(dir);
    expect(city.code).toBe('NGP');
    expect(city.name).toEqual({ en: 'Nagpur City Police', hi: 'नागपूर शहर पोलीस', mr: 'नागपूर शहर पोलीस' });
    expect(city.specialUnits).toEqual({});
  });

  it('fills a missing Hindi or Marathi name with the English one and the code with the root id', () => {
    expect(parseCityProfile('{"name": {"en": "Pune City Police"}}', units)).toEqual({
      code: 'PUNE',
      name: { en: 'Pune City Police', hi: 'Pune City Police', mr: 'Pune City Police' },
      specialUnits: {},
      communityGroupKinds: [],
    });
  });

  it('adds the force\'s own community group kinds, each named in en, hi and mr, and refuses a bad or repeated one', () => {
    const kind = { kind: 'auto_drivers', name: { en: 'Auto drivers', hi: 'ऑटो चालक', mr: 'ऑटो चालक' } };
    const ok = parseCityProfile(JSON.stringify({ name: { en: 'P' }, communityGroupKinds: [kind] }), units);
    expect(ok.communityGroupKinds).toEqual([kind]);
    const bad = (kinds: unknown) => () => parseCityProfile(JSON.stringify({ name: { en: 'P' }, communityGroupKinds: kinds }), units, 'pune/city.json');
    expect(bad([{ ...kind, kind: 'Auto Drivers' }])).toThrow('pune/city.json: communityGroupKinds.0.kind: a kind in snake_case');
    expect(bad([{ ...kind, name: { en: 'Auto drivers' } }])).toThrow(/pune\/city\.json: communityGroupKinds\.0\.name\.hi/);
    expect(bad([kind, kind])).toThrow('pune/city.json: communityGroupKinds: each kind once');
  });

  it('names the file and the field of every mistake', () => {
    const bad = (json: string) => () => parseCityProfile(json, units, 'pune/city.json');
    expect(bad('{"name": ')).toThrow('pune/city.json: not valid JSON');
    expect(bad('{}')).toThrow('pune/city.json: name:');
    expect(bad('{"name": {"en": "P"}, "timezone": "Asia/Kolkata"}')).toThrow(/pune\/city\.json: .*timezone/);
    expect(bad('{"id": "ngp", "name": {"en": "P"}}')).toThrow('pune/city.json: id "ngp" is not the commissionerate of units.csv ("pune")');
    expect(bad('{"code": "pn", "name": {"en": "P"}}')).toThrow('pune/city.json: code: two to ten capital letters');
    expect(bad('{"name": {"en": "P"}, "specialUnits": {"cyberfraud": ["pune-cyber"]}}')).toThrow('pune/city.json: specialUnits.cyberfraud: not a ticket category (theft, violence,');
    expect(bad('{"name": {"en": "P"}, "specialUnits": {"cyber_fraud": ["pune-cybr"]}}')).toThrow(
      'pune/city.json: specialUnits.cyber_fraud: pune-cybr is not an active unit of units.csv',
    );
    // A proposed unit receives nothing, as a proposed station is never routed to.
    expect(bad('{"name": {"en": "P"}, "specialUnits": {"cyber_fraud": ["pune-eow"]}}')).toThrow('pune-eow is not an active unit');
  });

  it('is read from the city folder when present', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chowki-city-'));
    dirs.push(dir);
    for (const f of ['units.csv', 'gazetteer.csv']) copyFileSync(join('data/nagpur', f), join(dir, f));
    writeFileSync(join(dir, 'city.json'), '{"name": {"en": "Nagpur"}, "specialUnits": {"cyber_fraud": ["ngp-cybr"]}}');
    expect(() => loadCityFromDir(dir)).toThrow(`${join(dir, 'city.json')}: specialUnits.cyber_fraud: ngp-cybr is not an active unit`);
  });
});
