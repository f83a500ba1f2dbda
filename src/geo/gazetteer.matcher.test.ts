import { describe, expect, it } from 'vitest';
import { loadCityFromDir } from './city.load.js';
import { createGazetteerMatcher, MIN_PLACE_CONFIDENCE, nameWords } from './gazetteer.matcher.js';
import { tokenise } from './place-name.normalise.js';
import type { PlaceTarget } from './gazetteer.matcher.js';
import { placeTargetsOf } from './locator.js';

const matcher = createGazetteerMatcher(placeTargetsOf(loadCityFromDir('data/nagpur')));
const placeOf = (text: string): string | null => matcher.match(text).best?.target.id ?? null;

describe('gazetteer matcher', () => {
  it.each([
    ['sitaburdi me chori hui', 'sitabuldi'],
    ['Sakardara chowk ke paas', 'sakkardara'],
    ['dharampeth me accident', 'dharampeth'],
    ['धरमपेठ में झगड़ा', 'dharampeth'],
    ['आज सीताबर्डीत गर्दी होती', 'sitabuldi'],
    ['nandanwan layout me', 'nandanvan'],
    ['medical chowk pe jam', 'medical-square'],
    ['Zero Mile ke paas', 'zero-mile'],
    ['address is in civil lines', 'civil-lines'],
    ['कळमन्यात दगडफेक', 'kalamna'],
    ['कोराडी मंदिराजवळ अपघात', 'koradi'],
    ['Zinga bai Takli me', 'zingabai-takli'],
    ['Gaddi godam square', 'gaddigodam'],
    ['coaching in Dharampeeth', 'dharampeth'],
  ])('resolves %j', (text, id) => {
    expect(placeOf(text)).toBe(id);
  });

  it('reports where the place was named and how sure it is', () => {
    const text = 'आज सीताबर्डीत गर्दी';
    const best = matcher.match(text).best;
    expect(best?.written).toBe('सीताबर्डीत');
    expect(best?.span).toEqual([3, 13]);
    expect(text.slice(...(best?.span ?? [0, 0]))).toBe('सीताबर्डीत');
    expect(best?.confidence).toBeCloseTo(0.93);
  });

  it.each([
    'testing testing 123 is this form working??',
    'I need a police report for the insurance',
    'itwar ko aana sir',
    'फुटाला तालाब के मेले में बच्चा खो गया',
    'नारी रोड पर झगड़ा',
    'mere ghar ki wadi me ped gir gaya',
    'police station me complaint nahi li',
  ])('finds no place in %j', (text) => {
    expect(placeOf(text)).toBeNull();
  });

  it('keeps a near miss below the threshold instead of taking the nearest name', () => {
    const r = matcher.match('the wadi behind the house');
    expect(r.best).toBeNull();
    expect(r.nearMiss?.target.id).toBe('wadi');
    expect(r.nearMiss?.confidence).toBeLessThan(MIN_PLACE_CONFIDENCE);
  });

  it('takes a short name when it is capitalised or followed by a postposition', () => {
    expect(placeOf('site in Wadi overnight')).toBe('wadi');
    expect(placeOf('raat se besa me ghum rahe')).toBe('besa');
  });

  it('prefers the longer name over a part of it', () => {
    expect(placeOf('new kamptee me')).toBe('ngp-ps-new-kamptee');
    expect(placeOf('Kamptee road')).toBe('kamptee');
  });

  it('prefers an exact name over a fuzzy reading of a longer window', () => {
    expect(placeOf('I live in Pratap Nagar')).toBe('pratap-nagar');
  });

  it('among places named apart, takes the surest', () => {
    const r = matcher.match('from Dharampeeth to Sitabuldi');
    expect(r.matches.map((m) => m.target.id)).toEqual(['sitabuldi', 'dharampeth']);
  });

  it('serves a gazetteer in any script from one index', () => {
    const targets: PlaceTarget[] = [
      { id: 'x', name: 'Xyzpur Layout', kind: 'locality', names: ['झिझपूर'], lat: 1, lon: 1, station: null, source: 'gazetteer' },
    ];
    const small = createGazetteerMatcher(targets);
    expect(small.match('xyzpur layout me').best?.target.id).toBe('x');
    expect(small.match('जिजपुर में').best?.target.id).toBe('x');
  });

  it.each(['Nandanvan Layout', 'धरमपेठ', 'झिंगाबाई टाकळी', 'Zero  Mile', 'Sadar (Cantt)', 'St. Ursula', '१० नंबर पूल', 'A-B Road'])(
    'splits the name %j into the words the tokeniser finds',
    (name) => {
      expect(nameWords(name)).toEqual(tokenise(name).map((t) => t.word));
    },
  );
});
