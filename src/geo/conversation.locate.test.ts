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

  it('moves to the place a later message corrects to, in any language, and keeps the old one when the correction names none', () => {
    // Corrected in its own message, or named back with a "not".
    expect(locateConversation(locator, texts('chain snatching hui abhi', 'Sadar me', 'sorry sorry Sadar nahi, Sakkardara')).station).toBe('ngp-ps-sakkardara');
    expect(locateConversation(locator, texts('मेरी बाइक चोरी हो गई', 'गोकुलपेठ बाज़ार से', 'नहीं नहीं गलत लिखा, गणेशपेठ बस स्टैंड के पास से')).station).toBe(
      'ngp-ps-ganeshpeth',
    );
    expect(locateConversation(locator, texts('scooter stolen from outside Pardi naka', 'correction: it was at Sitabuldi')).station).toBe('ngp-ps-sitabuldi');
    // A correction with no place yet hands the decision to the pin that follows it.
    const pinned = locateConversation(locator, [
      { text: 'ladki ko chhed rahe hai bus stop pe' },
      { text: 'Sadar' },
      { text: 'nahi ruko ye Sadar nahi hai, galat stop pe utar gaya' },
      { text: '', geo: { lat: 21.2012, lon: 79.1034 } },
    ]);
    expect(pinned.station).toBe('ngp-ps-jaripatka');
    expect(pinned.reasons.join(' ')).toContain("a correction replaces message 2's place");
    // "Sorry" of a later message with no place, and where a thief fled, move nothing.
    expect(locateConversation(locator, texts('purse snatched at Sitabuldi', 'sorry for the trouble sir')).station).toBe('ngp-ps-sitabuldi');
    expect(locateConversation(locator, texts('purse snatched near Shankar Nagar square', 'they went towards Ambazari, scooty actually not bike sorry')).station).toBe(
      locator.locate({ text: 'Shankar Nagar square' }).station,
    );
  });

  it('is the locator itself for one message, and the control room when nothing places it', () => {
    const one = locateConversation(locator, texts('dharampeth me accident'));
    expect(one).toEqual(locator.locate({ text: 'dharampeth me accident' }));
    expect(locateConversation(locator, texts('hello', 'help')).station).toBeNull();
  });
});
