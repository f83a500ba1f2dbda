import { describe, expect, it } from 'vitest';
import type { Unit } from './city.js';
import { parseStationContacts } from './station-contacts.js';

const unit = (id: string, status: 'active' | 'proposed' = 'active'): Unit => ({
  id,
  kind: 'station',
  parent: 'ngp-z2',
  nameEn: id,
  nameLocal: id,
  lat: null,
  lon: null,
  xHandle: null,
  status,
});
const units = [unit('ngp-ps-sitabuldi'), unit('ngp-ps-ambazari'), unit('ngp-ps-pipla', 'proposed')];
const HEADER = 'unit,phone,whatsapp,telegram,source\n';

describe('station-contacts.csv', () => {
  it('reads what a force fills in, an empty cell as none, and a header alone as no contacts', () => {
    const c = parseStationContacts(`${HEADER}ngp-ps-sitabuldi,0712 256 1234,+91 98220 12345,@SitabuldiPS,CP circular 12/2026\nngp-ps-ambazari,,,@AmbazariPS,station notice board\n`, units);
    expect(c.get('ngp-ps-sitabuldi')).toEqual({ phone: '0712 256 1234', whatsapp: '+91 98220 12345', telegram: '@SitabuldiPS', source: 'CP circular 12/2026' });
    expect(c.get('ngp-ps-ambazari')).toMatchObject({ phone: null, whatsapp: null, telegram: '@AmbazariPS' });
    expect(parseStationContacts(HEADER, units).size).toBe(0);
  });

  it.each([
    ['ngp-ps-sitabuldi,call us,,,x', /line 2: phone: a phone number/],
    ['ngp-ps-sitabuldi,,98220 12345,,x', /whatsapp: a WhatsApp number in international form/],
    ['ngp-ps-sitabuldi,,,SitabuldiPS,x', /telegram: a Telegram username with its @/],
    ['ngp-ps-sitabuldi,0712 256 1234,,,', /source: say where the values come from/],
    ['ngp-ps-sitabuldi,,,,CP circular', /give at least one of phone, whatsapp, telegram/],
    ['ngp-ps-pipla,0712 256 1234,,,x', /"ngp-ps-pipla" is not an active unit/],
    ['ngp-ps-sitabuldi,0712 256 1234,,,x\nngp-ps-sitabuldi,0712 256 1235,,,x', /line 3: unit: "ngp-ps-sitabuldi" is listed twice/],
  ])('refuses %j naming the line and the field', (rows, message) => {
    expect(() => parseStationContacts(`${HEADER}${rows}\n`, units)).toThrow(message);
  });
});
