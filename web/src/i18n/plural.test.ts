import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { buildI18n, loadAllDictionaries, type PluralKey } from './i18n.js';

await loadAllDictionaries();

const english = buildI18n('en');
const hindi = buildI18n('hi');
const marathi = buildI18n('mr');

/** Every counted string's base key, from the `.one` and `.other` pairs of the English dictionary. */
const pluralKeys = Object.keys(en)
  .filter((k) => k.endsWith('.other') && Object.hasOwn(en, `${k.slice(0, -'.other'.length)}.one`))
  .map((k) => k.slice(0, -'.other'.length) as PluralKey);

describe('counted strings in the plural form of each language', () => {
  it('says one and many in English: "1 station", "2 stations", never "1 stations"', () => {
    expect(english.tp('community.alert.stationCount', 1)).toBe('1 station');
    expect(english.tp('community.alert.stationCount', 2)).toBe('2 stations');
    expect(english.tp('stations.count', 1200)).toBe('1,200 stations');
    expect(english.tp('leadership.unplaced', 1)).toBe('1 ticket had no known place.');
    expect(english.tp('leadership.unplaced', 0)).toBe('0 tickets had no known place.');
    expect(english.tp('leadership.alertText', 1, { expected: 0, ratio: 9 })).toBe('1 ticket in the last 7 days, against about 0 a week before (9×).');
    expect(english.tp('community.alert.sent', 1)).toBe('Alert sent: it goes out now to 1 person.');
  });

  it('says one and many in Hindi and Marathi', () => {
    expect(hindi.tp('community.alert.stationCount', 1)).toBe(`${hindi.formatNumber(1)} थाना`);
    expect(hindi.tp('community.alert.stationCount', 3)).toBe(`${hindi.formatNumber(3)} थाने`);
    expect(marathi.tp('community.alert.stationCount', 1)).toBe('१ ठाणे');
    expect(marathi.tp('community.alert.stationCount', 3)).toBe('३ ठाणी');
    expect(marathi.tp('leadership.unplaced', 1)).toBe('१ तिकिटाचे ठिकाण माहीत नव्हते.');
    expect(marathi.tp('audit.community.alert_sent', 1, { actor: 'क', id: '4', stations: marathi.tp('audit.community.alertStations', 1) })).toBe('क यांनी सूचना 4 १ ठाण्यातील १ व्यक्तीला पाठवली.');
    expect(marathi.tp('leadership.unplaced', 5)).toBe('५ तिकिटांचे ठिकाण माहीत नव्हते.');
  });

  it('has both forms of every counted string in every language, each with the count in it', () => {
    expect(pluralKeys.length).toBeGreaterThan(5);
    for (const i18n of [english, hindi, marathi]) {
      for (const key of pluralKeys) {
        for (const n of [1, 7]) {
          const text = i18n.tp(key, n, { expected: 0, ratio: 1, category: 'c', lat: 0, lon: 0, actor: 'a', id: 2, stations: 's', station: 'x' });
          expect(text, `${i18n.lang} ${key} ${n}`).toContain(i18n.formatNumber(n));
          expect(text, `${i18n.lang} ${key} ${n}`).not.toMatch(/\{\w+\}|\.(one|other)$/);
        }
      }
    }
  });
});
