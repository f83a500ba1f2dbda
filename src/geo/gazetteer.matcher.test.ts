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
    ['dharampeth me accident', 'dharampeth'],
    ['धरमपेठ में झगड़ा', 'dharampeth'],
    ['आज सीताबर्डीत गर्दी होती', 'sitabuldi'],
    ['nandanwan layout me', 'nandanvan'],
    ['medical chowk pe jam', 'medical-square'],
    ['Zero Mile ke paas', 'zero-mile'],
    ['address is in civil lines', 'civil-lines'],
    ['कळमन्यात दगडफेक', 'kalamna'],
    // The temple's own name, read whole with its ending, over the village inside it (same station).
    ['कोराडी मंदिराजवळ अपघात', 'koradi-mahalaxmi-temple'],
    ['Zinga bai Takli me', 'zingabai-takli'],
    ['Gaddi godam square', 'gaddigodam'],
    ['coaching in Dharampeeth', 'dharampeth'],
  ])('resolves %j', (text, id) => {
    expect(placeOf(text)).toBe(id);
  });

  it('resolves a misspelt square to its locality or to the square itself', () => {
    // A "Sakkardara Square" row may join the gazetteer; either is the same place to the desk.
    expect(placeOf('Sakardara chowk ke paas')).toMatch(/^sakkardara/);
  });

  it.each([
    // Romanised Marathi and Hindi endings glued to the name, with the oblique "-ya-" undone.
    ['Itwarit kal chori zali', 'itwari'],
    ['Sitabuldila khup gardi', 'sitabuldi'],
    ['Hingnyat bike chori', 'hingna'],
    ['Imamwadyat raatri gondhal', 'imamwada'],
    ['Jaripatkachya bajarat mobile chori', 'jaripatka'],
    ['Nandanvanjawal accident', 'nandanvan'],
    ['Sadarmadhe DJ', 'sadar'],
    ['Mahalat chori', 'mahal'],
    // Devanagari case endings and glued postpositions.
    ['धरमपेठमध्ये भांडण', 'dharampeth'],
    ['मानकापूरजवळ अपघात', 'mankapur'],
    ['सदरमें जाम', 'sadar'],
    ['हिंगणावाले लोग', 'hingna'],
    ['अजनीवरून येताना', 'ajni'],
    // Misspelt station and locality names, one typo even in a short one written as a name.
    ['Hudkeswar road pe', 'hudkeshwar'],
    ['Lakadgunj me', 'lakadganj'],
    ['Mankapr chowk', 'mankapur'],
    ['Beltaroadi police station', 'beltarodi'],
  ])('reads the place in %j', (text, id) => {
    expect(placeOf(text)).toBe(id);
  });

  it.each([
    ['platform no 3 pe chori hui', 'nagpur-railway-station'],
    ['प्लेटफॉर्म नंबर 4 पर एक आदमी सामान चुराता है', 'nagpur-railway-station'],
    ['प्लॅटफॉर्म क्रमांक 2 वर बेवारस बॅग', 'nagpur-railway-station'],
    ['फलाटावर भांडण सुरू आहे', 'nagpur-railway-station'],
    ['railway station pe bheed', 'nagpur-railway-station'],
    ['रेल्वे स्टेशनवर मोबाईल चोरी', 'nagpur-railway-station'],
    ['Ajni station platform 2 pe bag pada hai', 'ajni-railway-station'],
  ])('takes a platform or a bare railway station to the station that names its platforms: %j', (text, id) => {
    expect(placeOf(text)).toBe(id);
  });

  it.each(['we need a platform for women to speak', 'police station me complaint nahi li', 'hamare mahalla me chori', 'pipal ke ped ke niche'])(
    'takes no ordinary word for a place: %j',
    (text) => {
      expect(placeOf(text)).toBeNull();
    },
  );

  it('forgives a typo in a short name only when it is written as a name', () => {
    expect(placeOf('Mankapr')).toBe('mankapur');
    expect(placeOf('mankapr')).toBeNull();
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
    'तालाब के किनारे मेले में बच्चा खो गया',
    'बीच सड़क पर झगड़ा',
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

  // Issue 9: places as people write them. Own phrasings, not the training writers'.
  it.each([
    // A Marathi postposition written apart makes a short lower-case name a place.
    ['pardi la kal raatri bhandan', 'pardi'],
    ['sakali wadi var truck ulatla', 'wadi'],
    ['ata mihan kade jaat hoto', 'mihan'],
    ['फुटाळा वर गर्दी', 'futala-lake'],
    // A place noun after it, even behind "the": the noun says it is a place.
    ['stuck at the mihan flyover for an hour', 'mihan'],
    ['boys racing near the ajni railway crossing', 'ajni'],
  ])('takes a short name with a postposition or place noun beside it: %j', (text, id) => {
    expect(placeOf(text)).toBe(id);
  });

  it.each([
    // "the wadi", "meri wadi" before a postposition stay ordinary nouns.
    'meri wadi me aam ka ped',
    // Devanagari words whose Latin fold is a short place's key, spelt otherwise: "disguise", "a shirt".
    'वो आदमी साधु के भेष में आया',
    'पांढरा सदरा घातला होता',
    // A typo on the first letter of a later word: "dirty talk" is not "Gandhi Gate".
    'उसने गंदी बातें लिखीं',
    // A man's name that folds like a short place's, which ends otherwise ("Kamal", "Khamla").
    'mera dost Kamal aaya tha',
  ])('takes no ordinary word for a place: %j', (text) => {
    expect(placeOf(text)).toBeNull();
  });

  it('tells apart two places whose skeletons meet by the vowels as written', () => {
    // "Kamal" and "Khamla" both fold to k-m-l; the squares are at opposite ends of the city.
    expect(placeOf('kal raat Kamal square pe jhagda')).toBe('kamal-chowk');
    expect(placeOf('कमाल चौकाजवळ गर्दी')).toBe('kamal-chowk');
    expect(placeOf('khamla chowk la signal band')).toBe('khamla-square');
    expect(placeOf('खामला चौकात अपघात')).toBe('khamla-square');
  });

  it('still reads short Latin names spelt with inner vowels added or dropped', () => {
    expect(placeOf('Hingana me accident')).toBe('hingna');
    expect(placeOf('Khamla me chori')).toBe('khamla');
    expect(placeOf('Pardy naka pe jam')).toBe('pardi');
  });

  it('still reads the short Devanagari names with their endings and spelling habits', () => {
    expect(placeOf('बेसा में पानी भरा')).toBe('besa');
    expect(placeOf('सदरला गर्दी')).toBe('sadar');
    expect(placeOf('कलमन्यात चोरी')).toBe('kalamna');
    expect(placeOf('फुटालाजवळ')).toBe('futala-lake');
    expect(placeOf('रात को कपसी में चोरी')).toBe('kapsi');
  });

  it.each(['Nandanvan Layout', 'धरमपेठ', 'झिंगाबाई टाकळी', 'Zero  Mile', 'Sadar (Cantt)', 'St. Ursula', '१० नंबर पूल', 'A-B Road'])(
    'splits the name %j into the words the tokeniser finds',
    (name) => {
      expect(nameWords(name)).toEqual(tokenise(name).map((t) => t.word));
    },
  );
});

describe('gazetteer matcher: a short name alone', () => {
  it('takes a short name written alone in lower case as the answer to "where?"', () => {
    expect(placeOf('kharbi')).toBe('kharbi');
    expect(placeOf('jaitala')).toBe('jaitala');
    expect(placeOf('two men are fighting outside the gate\njaitala')).toBe('jaitala');
    expect(placeOf('mere bhai ko maar rahe hai. kharbi')).toBe('kharbi');
  });

  it('still takes no short lower-case word inside a sentence for a place', () => {
    expect(placeOf('kharbi hai kya wo')).toBeNull();
    expect(placeOf('आज नागपूर ८ डिग्री! थंडी भारी')).toBeNull();
  });
});
