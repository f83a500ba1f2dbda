import { describe, expect, it } from 'vitest';
import { loadCityFromDir } from './city.load.js';
import { createHandleBaselineLocator, evaluateRouting, parseRoutingItems } from './evaluate-routing.js';
import { createLocator } from './locator.js';

const city = loadCityFromDir('data/nagpur');
const jsonl = [
  { id: 't1', channel: 'x', text: '@demo_sadar_ps chori in Dharampeth', labels: { station: 'ngp-ps-ambazari', category: 'theft' }, place: 'dharampeth' },
  { id: 't2', channel: 'x', text: '@NagpurPolice great memes', labels: { station: null }, place: null },
  { id: 't3', channel: 'web', text: 'help', geo: { lat: 21.2012, lon: 79.1034 }, labels: { station: 'ngp-ps-jaripatka' }, place: 'pin' },
  { id: 't4', channel: 'x', text: 'thanks @demo_sadar_ps', labels: { station: 'ngp-ps-sadar' }, place: 'handle' },
]
  .map((o) => JSON.stringify(o))
  .join('\n');

describe('routing evaluation', () => {
  const items = parseRoutingItems(jsonl, 'test.jsonl');

  it('counts null as a label and lists the misses with their reasons', () => {
    const mine = evaluateRouting(createLocator(city), items);
    expect(mine).toMatchObject({ total: 4, correct: 4, accuracy: 1, misses: [] });
    const baseline = evaluateRouting(createHandleBaselineLocator(city), items);
    expect(baseline.correct).toBe(2);
    expect(baseline.misses.map((m) => [m.id, m.expected, m.got])).toEqual([
      ['t1', 'ngp-ps-ambazari', 'ngp-ps-sadar'],
      ['t3', 'ngp-ps-jaripatka', null],
    ]);
    expect(baseline.misses[0]?.reasons).toEqual(['tagged @demo_sadar_ps']);
  });

  it('reads the evaluation format and names the line of bad input', () => {
    expect(items[2]?.geo).toEqual({ lat: 21.2012, lon: 79.1034 });
    expect(items[0]?.labels.category).toBe('theft');
    expect(() => parseRoutingItems('{"id":"a","text":"b","labels":{}}\n{', 'x.jsonl')).toThrow('x.jsonl: line 1 needs labels.station');
    expect(() => parseRoutingItems('\n{', 'x.jsonl')).toThrow('x.jsonl: line 2 is not valid JSON');
  });

  it('scores an empty set as 0 rather than dividing by zero', () => {
    expect(evaluateRouting(createLocator(city), []).accuracy).toBe(0);
  });
});
