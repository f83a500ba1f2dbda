import { describe, expect, it } from 'vitest';
import { loadCityFromDir } from './city.load.js';
import { locateConversation } from './conversation.locate.js';
import { createLocator } from './locator.js';

const locator = createLocator(loadCityFromDir('data/nagpur'));
const texts = (...t: string[]) => t.map((text) => ({ text }));

describe('locateConversation', () => {
  it('takes the place named in a later message when the first names none', () => {
    const p = locateConversation(locator, texts('Hi', 'my phone was snatched just now', 'सदर में'));
    expect(p.station).toBe('ngp-ps-sadar');
    expect(p.reasons[0]).toBe('message 3 of 3 decides the place');
  });

  it('takes a pin shared after the report', () => {
    const p = locateConversation(locator, [{ text: 'accident hua hai' }, { text: 'location bhej raha hu', geo: { lat: 21.2012, lon: 79.1034 } }]);
    expect(p.station).toBe('ngp-ps-jaripatka');
    expect(p.place?.method).toBe('pin');
  });

  it('lets the earliest place decide, and a station account only when no message names a place', () => {
    expect(locateConversation(locator, texts('chain snatching at Sitabuldi', 'I live in Ajni')).station).toBe('ngp-ps-sitabuldi');
    expect(locateConversation(locator, texts('@Demo_Sonegaon_PS sir', 'bike chori hui Pardi me')).station).toBe('ngp-ps-pardi');
    expect(locateConversation(locator, texts('@Demo_Sonegaon_PS sir', 'bike chori hui')).station).toBe('ngp-ps-sonegaon');
  });

  it('is the locator itself for one message, and the control room when nothing places it', () => {
    const one = locateConversation(locator, texts('dharampeth me accident'));
    expect(one).toEqual(locator.locate({ text: 'dharampeth me accident' }));
    expect(locateConversation(locator, texts('hello', 'help')).station).toBeNull();
  });
});
