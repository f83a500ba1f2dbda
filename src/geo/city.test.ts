import { describe, expect, it } from 'vitest';
import { parseCsv, parseGazetteer, parseUnits, splitCsvLine } from './city.js';
import { loadCityFromDir } from './city.load.js';
import { nameKey, nameWords } from './gazetteer.matcher.js';
import { spellingOf } from './place-name.normalise.js';

describe('city reference data', () => {
  it('splits quoted CSV cells', () => {
    expect(splitCsvLine('a,"b, c","d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
  });

  it('names the file, line and column of bad input', () => {
    expect(() => parseCsv('id,kind\nx', 'u.csv', ['id', 'kind', 'lat'])).toThrow('u.csv: missing column "lat"');
    expect(() => parseUnits('id,kind,parent,name_en,lat,lon,status\nx,moon,,X,1,2,active', 'u.csv')).toThrow(
      'u.csv: line 2: unknown kind "moon"',
    );
  });

  it('loads the Nagpur demo shipped with the project', () => {
    const city = loadCityFromDir('data/nagpur');
    expect(city.id).toBe('ngp');
    expect(city.code).toBe('NGP');
    const sitabuldi = city.units.find((u) => u.id === 'ngp-ps-sitabuldi');
    expect(sitabuldi).toMatchObject({ kind: 'station', parent: 'ngp-z2', xHandle: '@demo_sitabuldi_ps', status: 'active' });
    const zero = city.gazetteer.find((g) => g.id === 'zero-mile');
    expect(zero?.variants).toContain('झीरो माईल');
    expect(zero?.station).toBe('ngp-ps-sitabuldi');
  });

  it('reads a gazetteer with or without the category and source columns', () => {
    const old = parseGazetteer('id,kind,name_en,variants,lat,lon,station\nx,locality,X,Ex|एक्स,21.1,79.1,');
    expect(old).toEqual([{ id: 'x', kind: 'locality', nameEn: 'X', variants: ['Ex', 'एक्स'], lat: 21.1, lon: 79.1, station: null }]);
    const text = [
      'id,kind,name_en,variants,lat,lon,station,confidence,category,source',
      'y,landmark,Y Hospital,Y,21.1,79.1,,low,hospital,memory-2026-12',
      'z,locality,Z,,21.2,79.2,,low,,',
    ].join('\n');
    const [y, z] = parseGazetteer(text);
    expect(y).toMatchObject({ id: 'y', kind: 'landmark', category: 'hospital', source: 'memory-2026-12' });
    expect(z).not.toHaveProperty('category');
    expect(z).not.toHaveProperty('source');
  });

  describe('the Nagpur gazetteer', () => {
    const { gazetteer } = loadCityFromDir('data/nagpur');

    it('says where every row comes from, under a unique kebab-case id', () => {
      expect(gazetteer.filter((g) => !g.source).map((g) => g.id)).toEqual([]);
      expect(gazetteer.filter((g) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(g.id)).map((g) => g.id)).toEqual([]);
      expect(new Set(gazetteer.map((g) => g.id)).size).toBe(gazetteer.length);
    });

    it('puts every point in and around Nagpur', () => {
      const outside = gazetteer.filter(
        (g) => g.lat !== null && g.lon !== null && (g.lat < 20.95 || g.lat > 21.35 || g.lon < 78.9 || g.lon > 79.3),
      );
      expect(outside.map((g) => g.id)).toEqual([]);
    });

    // The matcher reads windows as long as the longest name: six-word names cost every locate a quarter.
    it('keeps every name within four words', () => {
      const long = gazetteer.flatMap((g) => [g.nameEn, ...g.variants].filter((n) => nameKey(n).words > 4));
      expect(long).toEqual([]);
    });

    // Two rows whose spellings fold to one key are told apart by their vowels ("Kamal Chowk", "Khamla
    // Chowk"); two rows with one spelling, vowels and all, would make the matcher pick one at random.
    it('never gives two places one spelling, vowels and all', () => {
      const owner = new Map<string, string>();
      const shared: string[] = [];
      for (const g of gazetteer) {
        for (const name of [g.nameEn, ...g.variants]) {
          const spelling = `${nameKey(name).key}:${nameWords(name).map(spellingOf).join('')}`;
          const other = owner.get(spelling);
          if (other !== undefined && other !== g.id) shared.push(`${name} (${g.id}, ${other})`);
          else owner.set(spelling, g.id);
        }
      }
      expect(shared).toEqual([]);
    });
  });
});
