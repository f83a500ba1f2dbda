import { describe, expect, it } from 'vitest';
import { parseCsv, parseUnits, splitCsvLine } from './city.js';
import { loadCityFromDir } from './city.load.js';

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
});
