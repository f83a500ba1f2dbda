import { describe, expect, it } from 'vitest';
import { loadCityFromDir } from './city.load.js';
import { createHandleMatcher } from './station-handle.matcher.js';

const city = loadCityFromDir('data/nagpur');

describe('station handles', () => {
  const handles = createHandleMatcher(city.units);

  it('finds the force accounts in any case, in order', () => {
    const found = handles.tagged('@nagpurpolice please ask @DEMO_Sitabuldi_PS to act');
    expect(found.map((t) => t.unit.id)).toEqual(['ngp', 'ngp-ps-sitabuldi']);
    expect(found[1]?.span).toEqual([25, 43]);
  });

  it('ignores unknown accounts and e-mail addresses', () => {
    expect(handles.tagged('DM @demo_earnfast99 or mail me@demo_sadar_ps.com')).toEqual([]);
  });
});
