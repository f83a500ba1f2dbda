/**
 * Finds the places a message names: one hash index over the skeleton of every name and variant in
 * every script, probed with windows of the message's words. The cost is linear in the message's length
 * (a few hash probes per word window), never in the gazetteer's size.
 *
 * Places as people write them:
 * - spelling: skeletons fold "Sitaburdi", "Seetabuldi", "सीताबर्डी" into one key; one typo is forgiven
 *   from six letters (two from ten), and from five in a word written as a name (capitalised, or with a
 *   postposition or place noun beside it); never in the first letter, never in a postposition, and
 *   never for the ordinary words whose skeleton is a short place's ("mahalla", "pipal");
 * - endings: Marathi and Hindi case endings and postpositions glued on, in Devanagari ("सीताबर्डीत",
 *   "धरमपेठमध्ये", "सदरमें") and romanised ("Itwarit", "Sitabuldila", "Hingnyat", "Jaripatkachya"),
 *   the romanised ones only onto an exact name; postpositions written apart ("futala var", "ajni la")
 *   and place nouns ("the MIHAN flyover") say a short lower-case word is a place;
 * - false friends: a typo never falls on the first letter of any word of the name ("गंदी बातें" is not
 *   "गांधी गेट"), and a short name written in Devanagari must be one of the place's own Devanagari
 *   spellings ("भेष" folds like "बेसा", "सदरा" like "सदर", and neither is the place), and a short Latin
 *   one must end as the place's names do, in a vowel or not ("Kamal", a man, is not "Khamla");
 * - places sharing a key ("Kamal Chowk", "Khamla Chowk") are told apart by the vowels as written;
 * - platforms: "platform no 3", "प्लॅटफॉर्म", "फलाट" and a bare "railway station" name the station whose
 *   platforms the gazetteer names ("Nagpur station platform"), unless the message names another one.
 */
import { createDeletionIndex, createHashFilter, createKeyTable, hashWithout } from './deletion.index.js';
import { devanagariSpelling, spellingOf, stemsOf, tokenise, wordKey } from './place-name.normalise.js';
import type { TextToken } from './place-name.normalise.js';

/** Something a message can name: a gazetteer entry, or a station by its own name. */
export interface PlaceTarget {
  /** Gazetteer id, or the unit id for a station's own name. */
  id: string;
  name: string;
  /** Gazetteer kind (locality, landmark …) or `station`. */
  kind: string;
  /** Other names and spellings, any script. */
  names: string[];
  lat: number | null;
  lon: number | null;
  /** The station the force says covers it; null lets the jurisdiction holding its point decide. */
  station: string | null;
  source: 'gazetteer' | 'station';
}

/** A place named in a message. */
export interface PlaceMatch {
  target: PlaceTarget;
  /** UTF-16 offsets into the message, end exclusive. */
  span: [number, number];
  /** The words as written. */
  written: string;
  confidence: number;
  /** Edits between the written skeleton and the name's (0 for an exact match). */
  distance: number;
  words: number;
}

export interface GazetteerMatch {
  /** The place the message is most likely about, if any is sure enough. */
  best: PlaceMatch | null;
  /** Every accepted, non-overlapping match, best first. */
  matches: PlaceMatch[];
  /** The surest candidate below the threshold, for the reasons shown to an officer. */
  nearMiss: PlaceMatch | null;
}

export interface GazetteerMatcher {
  match(text: string): GazetteerMatch;
  /** How many distinct name skeletons the index holds. */
  readonly size: number;
}

/** Below this a candidate is a near miss, never a place. */
export const MIN_PLACE_CONFIDENCE = 0.7;

const EXACT_CONFIDENCE = 0.95;
const CROSS_SCRIPT_PENALTY = 0.04;
const STEM_STEP_PENALTY = 0.02;
const MAX_WINDOW_WORDS = 6;
// Skeleton lengths (consonants and non-initial vowels) from which a typo is tolerated; shorter names
// must be spelt exactly, or common words ("itwar", "badi") would turn into places.
const FUZZY_ONE_FROM = 6;
const FUZZY_TWO_FROM = 10;
// A single word written as a name (capitalised) or with a postposition or place noun beside it may have
// one typo from five letters: misspelt station names ("Hingana", "Mankapr", "Pardy Naka") are short.
const FUZZY_ONE_NAMED_FROM = 5;
// Ordinary words (one word each) whose skeleton is a short place's: in lower case they are the word, never the place.
// "कामाला" (Marathi: to work, "कामाला आला") folds with its ending to the spelling of "खामला" (Khamla);
// a dhaba (a roadside eatery, on every highway) folds to Dabha.
const ORDINARY_WORDS = new Set([
  'mahalla', 'mahalle', 'mohalla', 'pipal', 'peepal', 'wadiya', 'wadiyan', 'कामाला', 'kamala',
  'dhaba', 'dhabe', 'dhabha', 'dhabey', 'ढाबा', 'ढाबे', 'ढाब्यावर', 'ढाब्यात',
]);
// A short name written in lower case with no cue around it is more often an ordinary word.
const SHORT_NAME_MAX = 4;
const UNCUED_SHORT_LATIN = 0.6;
const UNCUED_SHORT_DEVANAGARI_PENALTY = 0.08;
// A short name written in Devanagari is spelt as the writer means it: "भेष" (disguise) is not "बेसा" (Besa),
// "सदरा" (a shirt) is not "सदर" (Sadar), though the Latin fold gives each pair one key. When the place has
// short Devanagari names and the word is none of them (vowel length, aspiration, sibilants, nukta aside),
// it is only a near miss.
const DEVANAGARI_SPELLING_PENALTY = 0.3;
// The same for a short name in Latin letters, where only the last letter is told: "Kamal" (a man's name,
// and "amazing") ends in a consonant, "Khamla" in a vowel, though both fold to k-m-l. Romanisations add
// and drop inner vowels at will ("Hingana"), never the final one.
const LATIN_ENDING_PENALTY = 0.3;
const ENDS_IN_VOWEL = 1;
const ENDS_IN_CONSONANT = 2;
const endingOf = (word: string): number => (/[aeiouy]$/i.test(word) ? ENDS_IN_VOWEL : ENDS_IN_CONSONANT);
const SHORT_FREE = 0;
const SHORT_CAPPED = 1;
const SHORT_PENALISED = 2;

// Words around a place name that say it is one: postpositions (written apart, as Marathi writers often
// do: "futala var", "ajni la", "khamla kade") and the nouns that follow a place.
const POSTPOSITIONS_AFTER = [
  'me', 'mein', 'mai', 'mei', 'main', 'mi', 'madhe', 'madhye', 'ke', 'ki', 'ka', 'se', 'pe', 'par', 'wale', 'wala', 'jawal',
  'javal', 'la', 'var', 'kade', 'samor', 'paas', 'pas', 'madhun', 'varun', 'kadun', 'pasun', 'paryant', 'chya', 'tak',
  'में', 'मे', 'मध्ये', 'के', 'की', 'का', 'से', 'पर', 'पे', 'परिसर', 'परिसरात', 'भाग', 'भागात', 'येथे', 'इथे', 'इलाके',
  'इलाक़े', 'क्षेत्र', 'जवळ', 'पास', 'समोर', 'ला', 'वर', 'कडे', 'मधून', 'वरून', 'पासून', 'पर्यंत', 'च्या', 'तक',
];
// Nouns that make the word before them a place even after "the" or "meri" ("the MIHAN flyover", "the Ajni
// railway yard"): a determiner turns a short name into an ordinary noun only before a postposition.
const PLACE_NOUNS_AFTER = new Set([
  'chowk', 'chauk', 'square', 'sq', 'naka', 'road', 'rd', 'area', 'layout', 'colony', 'nagar', 'basti', 'bazar',
  'bazaar', 'market', 'police', 'ps', 'thana', 'thane', 'station', 'stn', 'garden', 'lake', 'talao', 'gaon', 'side',
  'mandir', 'hospital', 'gate', 'bridge', 'flyover', 'crossing', 'chauraha', 'phata', 'fata', 'village', 'metro', 'railway',
  'rly', 'yard', 'bus', 'depot', 'exit', 'signal', 'ground', 'maidan', 'park', 'college', 'school', 'mall', 'chowpatty',
  'junction', 'jn', 'highway', 'overbridge', 'underpass', 'tekdi', 'ring',
  'रिंग', 'चौक', 'रोड', 'नाका', 'पोलीस', 'पुलिस', 'ठाणे', 'थाना', 'बाजार', 'बाजारात', 'मार्केट', 'लेआउट', 'कॉलनी', 'गाव', 'गांव',
  'फाटा', 'वस्ती', 'बस्ती', 'स्टेशन', 'मेट्रो', 'मैदान', 'मंदिर', 'तलाव', 'तालाब', 'पूल', 'पुल', 'सिग्नल', 'उड्डाणपूल', 'टेकडी',
]);
const CUES_AFTER = new Set([...POSTPOSITIONS_AFTER, ...PLACE_NOUNS_AFTER]);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'meri', 'mera', 'mere', 'hamari',
  'hamara', 'hamare', 'humari', 'humara', 'humare', 'uski', 'uska', 'uske', 'apni', 'apna', 'apne', 'ek',
  'मेरी', 'मेरा', 'मेरे', 'हमारी', 'हमारा', 'हमारे', 'उसकी', 'उसका', 'अपनी', 'अपना', 'एक', 'माझी', 'माझा', 'माझ्या',
  'आमची', 'आमचा', 'आमच्या', 'त्याची', 'त्याचा', 'एका',
]);
const LATIN_GENITIVES = new Set(['ki', 'ka', 'ke', 'kii', 'chi', 'cha', 'che']);
const CUES_BEFORE = new Set([
  'in', 'at', 'near', 'from', 'to', 'around', 'towards', 'opposite', 'behind', 'nr', 'opp', 'via', 'stay', 'live',
]);

// A platform ("platform no 3", "प्लॅटफॉर्म क्रमांक 2", "फलाटावर") or a bare "railway station" names the
// railway station whose platforms the gazetteer names ("Nagpur station platform"): in a city, the main one.
// An English "platform" needs its number or a railway word beside it ("a platform for women" is no place).
const PLATFORM_WORD = /^(?:platform|plateform|pletform|pltfrm|प्ल[ॅेै]टफ[ॉा]र्म|फलाट)$/iu;
const PLATFORM_HINT = /latfor|letfor|ltfrm|प्ल[ॅेै]टफ|फलाट|falat|railway|rly|रेल्वे|रेलवे/iu;
const PLATFORM_RE =
  /(?<![\p{L}\p{M}])(?:(?<latin>platform|plateform|pletform|pltfrm)|(?<local>प्ल[ॅेै]टफ[ॉा]र्म\p{M}*[\p{L}\p{M}]*|फलाट[\p{L}\p{M}]*|falat\w*))(?<number>(?:\s*(?:no\.?|number|num|nmbr|नंबर|नं\.?|क्रमांक|क्र\.?|#))?\s*[-:.]?\s*(?:\d{1,2}|[०-९]{1,2})(?![\d०-९]))?/giu;
const RAILWAY_RE = /(?<![\p{L}\p{M}])(?:railway|rly|रेल्वे|रेलवे)\s*(?:station|stn|स्टेशन[\p{L}\p{M}]*)/iu;
const RAILWAY_CONTEXT = /railway|rly|train|station|stn|रेल्वे|रेलवे|ट्रेन|गाडी|स्टेशन/iu;
/** How sure a platform or a bare "railway station" is of the station: it yields to a pin (locator.ts). */
export const PLATFORM_CONFIDENCE = 0.75;

interface TokenKeys {
  /** The word's key as written. */
  key: string;
  /** Keys of the word's stems, with the rewrites each took. */
  stems: Array<{ key: string; steps: number; exactOnly: boolean; text: string }>;
}

// The four readings of a key kept per key: the place spelt in the window's script (Latin, Devanagari),
// and the place that is not (it pays the cross-script penalty). See `createGazetteerMatcher`.
const PICK_LATIN = 0;
const PICK_NOT_LATIN = 1;
const PICK_DEVANAGARI = 2;
const PICK_NOT_DEVANAGARI = 3;
const FLAG_LATIN = 1;
const FLAG_DEVANAGARI = 2;

// The keys of a word and of its stems, memoised: messages repeat the same few thousand words, and the
// stems of each (endings in two scripts) cost more than the rest of a probe. Bounded; cleared, not grown.
const WORD_KEYS_LIMIT = 50_000;
const wordKeys = new Map<string, TokenKeys>();

function keysOfWord(word: string): TokenKeys {
  const known = wordKeys.get(word);
  if (known !== undefined) return known;
  const stems = stemsOf(word).map((s) => ({ key: wordKey(s.stem), steps: s.steps, exactOnly: s.exactOnly === true, text: s.stem }));
  const keys: TokenKeys = { key: wordKey(word), stems };
  if (wordKeys.size >= WORD_KEYS_LIMIT) wordKeys.clear();
  wordKeys.set(word, keys);
  return keys;
}

// Scratch rows for the edit distance: names are short, and reusing three rows avoids garbage per probe.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance (a swapped pair of letters is one typo), or max + 1 beyond max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
    rowC = new Int32Array(b.length * 2 + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] ?? max + 1;
}

/** A reading's confidence after a typo's cost and the short-name rule of its window. */
function adjusted(confidence: number, distance: number, keyLength: number, rule: number): number {
  let c = confidence;
  if (distance > 0) c -= 0.05 + (0.6 * distance) / Math.max(keyLength, 1);
  if (rule === SHORT_CAPPED) c = Math.min(c, UNCUED_SHORT_LATIN);
  else if (rule === SHORT_PENALISED) c -= UNCUED_SHORT_DEVANAGARI_PENALTY;
  return c;
}

function allowedEdits(length: number, oneFrom: number): number {
  if (length >= FUZZY_TWO_FROM) return 2;
  if (length >= oneFrom) return 1;
  return 0;
}


// A name of Latin or Devanagari letters and marks between single spaces (nearly every name) splits on
// its spaces exactly as `tokenise` would split it, at a tenth of the cost: at 100,000 names the message
// tokeniser (handles, links, breaks, digits) was a third of the index's build. Devanagari digits,
// dandas and the abbreviation sign are left to `tokenise`.
const PLAIN_NAME = /^[A-Za-z\u0900-\u0963\u0971-\u097F]+(?: [A-Za-z\u0900-\u0963\u0971-\u097F]+)*$/;

/** The words of a name, as `tokenise` would find them in a message. */
export function nameWords(name: string): string[] {
  return PLAIN_NAME.test(name) ? name.split(' ') : tokenise(name).map((t) => t.word);
}

/** Splits a name into the words a message would write, keyed like the message's words. */
export function nameKey(name: string): { key: string; words: number; leads: string[] } {
  const parts = nameWords(name).map((w) => wordKey(w));
  const leads: string[] = [];
  let lead = '';
  for (let i = 0; i + 1 < parts.length; i++) {
    lead += parts[i] ?? '';
    leads.push(lead);
  }
  return { key: parts.join(''), words: parts.length, leads };
}

/** Builds the matcher over a city's places; pure and reusable. */
export function createGazetteerMatcher(targets: readonly PlaceTarget[]): GazetteerMatcher {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  let maxWords = 1;
  let maxKeyLength = 0;
  // The leading words of multi-word names ("nndnvn" of "Nandanvan Layout"): a window of several words
  // is probed for typos only behind one of these, so that typo probes stay a few per word of the message.
  const nameLeads = new Set<string>();

  // Many places share a key (an all-India gazetteer has hundreds of "Rampur"s), yet of the places behind
  // one key in one window only one can be chosen: overlapping readings keep the surest, then a
  // gazetteer entry over a station's bare name, then the first. So a key keeps, per script of the window,
  // just that one place with the script's spelling and the one without (for the cross-script
  // penalty); a locate then touches four integers per key found, however many places share it.
  let names = 0;
  for (const t of targets) names += 1 + t.names.length;
  const picks = new Int32Array(names * 4).fill(-1);
  const lastTarget = new Int32Array(names).fill(-1);
  const lastFlags = new Uint8Array(names);
  // The short Devanagari spellings of each place that has any (see DEVANAGARI_SPELLING_PENALTY).
  const shortDevanagari = new Map<number, Set<string>>();
  // How each place's short Latin names end (ENDS_IN_VOWEL, ENDS_IN_CONSONANT or both), per place.
  const shortLatinEndings = new Map<number, number>();
  // Keys that several gazetteer places share ("Kamal Chowk" in the north, "Khamla Chowk" in the south-west
  // fold to one skeleton): each place's spellings with their vowels, to take the one written nearest.
  // Rare, so a place's names are read again only when a key it holds turns out shared.
  const spellingsByKey = new Map<number, Map<number, string[]>>();
  const recordSpellings = (k: number, key: string, index: number): void => {
    const target = targets[index];
    if (!target) return;
    const spellings = [target.name, ...target.names].filter((n) => nameKey(n).key === key).map((n) => nameWords(n).map(spellingOf).join(''));
    const byTarget = spellingsByKey.get(k) ?? new Map<number, string[]>();
    byTarget.set(index, spellings);
    spellingsByKey.set(k, byTarget);
  };
  const better = (current: number, candidate: number): boolean =>
    current < 0 || (targets[current]?.source !== 'gazetteer' && targets[candidate]?.source === 'gazetteer');
  // Records that place `target` is spelt `flags` under key `k`; a place's names arrive together.
  const commit = (k: number): void => {
    const target = lastTarget[k] ?? -1;
    if (target < 0) return;
    const flags = lastFlags[k] ?? 0;
    const groups = [
      (flags & FLAG_LATIN) !== 0 ? PICK_LATIN : PICK_NOT_LATIN,
      (flags & FLAG_DEVANAGARI) !== 0 ? PICK_DEVANAGARI : PICK_NOT_DEVANAGARI,
    ];
    for (const g of groups) if (better(picks[k * 4 + g] ?? -1, target)) picks[k * 4 + g] = target;
  };

  targets.forEach((target, index) => {
    for (const name of [target.name, ...target.names]) {
      const { key, words, leads } = nameKey(name);
      if (key.length < 2) continue;
      for (const lead of leads) nameLeads.add(lead);
      maxWords = Math.max(maxWords, Math.min(words, MAX_WINDOW_WORDS));
      maxKeyLength = Math.max(maxKeyLength, key.length);
      const flag = /[\u0900-\u097F]/.test(name) ? FLAG_DEVANAGARI : FLAG_LATIN;
      if (flag === FLAG_LATIN && words === 1 && key.length <= SHORT_NAME_MAX) {
        shortLatinEndings.set(index, (shortLatinEndings.get(index) ?? 0) | endingOf(name));
      }
      if (flag === FLAG_DEVANAGARI && words === 1 && key.length <= SHORT_NAME_MAX) {
        const forms = shortDevanagari.get(index) ?? new Set<string>();
        forms.add(devanagariSpelling(name));
        shortDevanagari.set(index, forms);
      }
      let k = keyIds.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push(key);
        keyIds.set(key, k);
      }
      if (lastTarget[k] === index) {
        lastFlags[k] = (lastFlags[k] ?? 0) | flag;
        continue;
      }
      const previous = lastTarget[k] ?? -1;
      if (previous >= 0 && targets[previous]?.source === 'gazetteer' && target.source === 'gazetteer') {
        recordSpellings(k, key, previous);
        recordSpellings(k, key, index);
      }
      commit(k);
      lastTarget[k] = index;
      lastFlags[k] = flag;
    }
  });
  for (let k = 0; k < keys.length; k++) commit(k);

  // The station whose platforms are named: where a bare "platform 3" is.
  const platformTarget = targets.findIndex((t) => [t.name, ...t.names].some((n) => nameWords(n).some((w) => PLATFORM_WORD.test(w))));

  // Keys long enough to forgive a typo; their single-letter deletions go to the deletion index.
  const deleted = createDeletionIndex(keys, FUZZY_ONE_NAMED_FROM);
  // Most probes are ordinary words that name nothing: a filter that fits the CPU cache turns them away
  // before the hash map, whose size would otherwise make every probe a trip to main memory.
  const knownKeys = createHashFilter(keys, keys.length);
  const keyTable = createKeyTable(keys);
  // The same for the leading words of names, probed on every window of several words.
  const leads = [...nameLeads];
  const leadFilter = createHashFilter(leads, leads.length);
  const leadTable = createKeyTable(leads);
  // Only the build needs these; closures of this scope would otherwise keep them alive, for the
  // garbage collector to walk.
  keyIds.clear();
  nameLeads.clear();

  // The keys near a query, as (key id, distance) in scratch arrays: no allocation per probe.
  let nearIds = new Int32Array(16);
  let nearDistances = new Int32Array(16);
  let nearCount = 0;
  const push = (k: number, distance: number): void => {
    if (nearCount === nearIds.length) {
      const ids = new Int32Array(nearCount * 2);
      ids.set(nearIds);
      nearIds = ids;
      const ds = new Int32Array(nearCount * 2);
      ds.set(nearDistances);
      nearDistances = ds;
    }
    nearIds[nearCount] = k;
    nearDistances[nearCount] = distance;
    nearCount++;
  };
  let query = '';
  let queryFirst = 0;
  let oneFrom = FUZZY_ONE_FROM;
  const consider = (k: number): void => {
    for (let i = 0; i < nearCount; i++) if (nearIds[i] === k) return;
    const key = keys[k];
    if (key === undefined || key === query) return;
    // People misspell the middle of a name, rarely its first letter; without this rule ordinary words
    // turn into places ("report" ~ "airport", "in Pratap Nagar" ~ "Rana Pratap Nagar").
    if (key.charCodeAt(0) !== queryFirst) return;
    const allowed = allowedEdits(Math.min(key.length, query.length), oneFrom);
    if (allowed === 0) return;
    const distance = editDistance(query, key, allowed);
    if (distance <= allowed) push(k, distance);
  };

  /**
   * Fills the scratch arrays with the keys within the allowed edits of `q` (none when `exactOnly`, one
   * from five letters when `named`), the key of a window of `words` words whose leading words make
   * `lead`; returns how many.
   */
  function keysNear(q: string, words: number, lead: string, exactOnly: boolean, named: boolean): number {
    nearCount = 0;
    const queryHash = hashWithout(q, -1);
    const exactId = knownKeys.mayHold(queryHash) ? keyTable.idOf(q, queryHash) : -1;
    // An exact reading always beats a typo of another name in the same window (typos need six letters,
    // so no short-name rule can lower the exact one below them): then the typo probes are wasted.
    if (exactId >= 0) {
      push(exactId, 0);
      return nearCount;
    }
    if (exactOnly) return 0;
    // Both sides need FUZZY_ONE_FROM letters for a typo to count (FUZZY_ONE_NAMED_FROM for a word written
    // as a name); longer than every name is hopeless.
    oneFrom = named ? FUZZY_ONE_NAMED_FROM : FUZZY_ONE_FROM;
    if (q.length < oneFrom || q.length > maxKeyLength + 2) return 0;
    if (words > 1) {
      const leadHash = hashWithout(lead, -1);
      if (!leadFilter.mayHold(leadHash) || leadTable.idOf(lead, leadHash) < 0) return 0;
    }
    query = q;
    queryFirst = q.charCodeAt(0);
    // The query is a key with a letter dropped; …
    deleted.keysWithDeletion(queryHash, consider);
    for (let i = 0; i < q.length; i++) {
      // … or with a letter added; or both drop one (a letter changed, or two swapped).
      const h = hashWithout(q, i);
      if (knownKeys.mayHold(h)) {
        const d = keyTable.idOf(q.slice(0, i) + q.slice(i + 1), h);
        if (d >= 0) consider(d);
      }
      deleted.keysWithDeletion(h, consider);
    }
    return nearCount;
  }

  // The window being read: its surest place at or above the threshold, and below it. Kept here rather
  // than in closures made per window, which cost an allocation each on the hottest loop.
  let bestTarget = -1;
  let bestConfidence = 0;
  let bestDistance = 0;
  let nearTarget = -1;
  let nearConfidence = 0;
  let nearDistance = 0;
  // Ties go to a gazetteer entry, then to the first found, as the overlap rule in `match` decides them.
  function offer(target: number, raw: number, distance: number): void {
    if (target < 0) return;
    const confidence = Math.round(raw * 100) / 100;
    if (confidence >= MIN_PLACE_CONFIDENCE) {
      if (bestTarget < 0 || confidence > bestConfidence || (confidence === bestConfidence && better(bestTarget, target))) {
        bestTarget = target;
        bestConfidence = confidence;
        bestDistance = distance;
      }
    } else if (nearTarget < 0 || confidence > nearConfidence) {
      nearTarget = target;
      nearConfidence = confidence;
      nearDistance = distance;
    }
  }

  /**
   * The name alone on its line, as the whole message, or closing it after a stop: the answer to "where?"
   * ("kharbi", "…\njaitala", "…ho raha hai. kharbi"), a place in full however short. Not a name between
   * punctuation inside the message: "आज ८ डिग्री! थंडी…" is the cold, not Digri. (A typo is still forgiven
   * only in a name written as one: "mankapr" alone is not Mankapur.)
   */
  function isAlone(tokens: readonly TextToken[], first: number, last: number, text: string): boolean {
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    const current = tokens[first];
    if (!current) return false;
    const end = tokens[last]?.end ?? 0;
    const lineBefore = !before || text.slice(before.end, current.start).includes('\n');
    const lineAfter = !after || text.slice(end, after.start).includes('\n');
    return lineAfter && (lineBefore || (current.breakBefore && !after));
  }

  function isCued(tokens: readonly TextToken[], first: number, last: number): boolean {
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    const current = tokens[first];
    if (before && current && !current.breakBefore && CUES_BEFORE.has(before.word.toLowerCase())) return true;
    if (!after || after.breakBefore) return false;
    // "फाट्याजवळ" is the cue "फाटा" with an ending.
    return stemsOf(after.word.toLowerCase()).some((s) => CUES_AFTER.has(s.stem));
  }

  // "the wadi", "meri wadi", "ghar ki wadi": a determiner makes a short name written in lower case an
  // ordinary noun ("the MIHAN area" stays a place).
  function isDetermined(tokens: readonly TextToken[], first: number): boolean {
    const before = tokens[first - 1];
    const current = tokens[first];
    if (!before || !current || current.breakBefore) return false;
    const w = before.word.toLowerCase();
    return DETERMINERS.has(w) || (!current.devanagari && LATIN_GENITIVES.has(w));
  }

  /** Of the places sharing key `k`, the one whose spellings are nearest the window's words, vowels and all. */
  function nearestSpelt(k: number, tokens: readonly TextToken[], first: number, last: number, lastStem: string): number {
    let written = '';
    for (let i = first; i < last; i++) written += spellingOf(tokens[i]?.word ?? '');
    written += spellingOf(lastStem);
    let best = -1;
    let bestDistance = Infinity;
    for (const [target, spellings] of spellingsByKey.get(k) ?? []) {
      for (const spelling of spellings) {
        const d = editDistance(written, spelling, Math.max(written.length, spelling.length));
        if (d < bestDistance) {
          best = target;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  function isPlaceNounAfter(tokens: readonly TextToken[], last: number): boolean {
    const after = tokens[last + 1];
    if (!after || after.breakBefore) return false;
    return stemsOf(after.word.toLowerCase()).some((s) => PLACE_NOUNS_AFTER.has(s.stem));
  }

  function isCueWord(token: TextToken | undefined): boolean {
    if (!token) return false;
    const w = token.word.toLowerCase();
    return CUES_BEFORE.has(w) || CUES_AFTER.has(w) || DETERMINERS.has(w);
  }

  function match(text: string): GazetteerMatch {
    const tokens = tokenise(text);
    const tokenKeys: TokenKeys[] = tokens.map((t) => keysOfWord(t.word));
    const candidates: PlaceMatch[] = [];
    let nearMiss: PlaceMatch | null = null;

    for (let first = 0; first < tokens.length; first++) {
      const firstToken = tokens[first];
      if (!firstToken) break;
      let prefix = '';
      let devanagariWindow = false;
      for (let last = first; last < tokens.length && last - first < maxWords; last++) {
        const lastToken = tokens[last];
        const lastKeys = tokenKeys[last];
        if (!lastToken || !lastKeys) break;
        if (last > first && lastToken.breakBefore) break;
        if (lastToken.devanagari) devanagariWindow = true;
        const words = last - first + 1;
        bestTarget = -1;
        nearTarget = -1;
        // How a short name's confidence is capped in this window: worked out once, on the first short key.
        let shortRule = -1;
        if (words === 1 && !firstToken.capitalised && ORDINARY_WORDS.has(firstToken.word.toLowerCase())) {
          prefix += lastKeys.key;
          continue;
        }
        // A single word written as a name: capitalised, or with a postposition or place noun beside it (worked out when needed).
        let named = -1;
        for (const stem of lastKeys.stems) {
          // A romanised ending guessed off a short lower-case word ("mahalla") is an ordinary word more often than a place.
          if (stem.exactOnly && words === 1 && stem.key.length <= SHORT_NAME_MAX && !lastToken.capitalised) continue;
          // A short name is one word, not a postposition joined to the next ("ka maal" is goods, not "Khamla").
          if (words > 1 && prefix.length + stem.key.length <= SHORT_NAME_MAX + 1 && isCueWord(firstToken)) continue;
          const q = prefix + stem.key;
          if (named < 0 && words === 1 && q.length === FUZZY_ONE_NAMED_FROM) {
            named = firstToken.capitalised || isCued(tokens, first, last) ? 1 : 0;
          }
          const found = keysNear(q, words, prefix, stem.exactOnly, named === 1);
          for (let n = 0; n < found; n++) {
            const k = nearIds[n] ?? -1;
            const distance = nearDistances[n] ?? 0;
            const keyLength = keys[k]?.length ?? 0;
            // A window that starts or ends on a postposition is not a misspelt name.
            if (distance > 0 && (isCueWord(firstToken) || (words > 1 && isCueWord(lastToken)))) continue;
            // The leading words are spelt exactly (`keysNear`): a typo on the last word's first letter is
            // another word ("गंदी बातें" is not "गांधी गेट"), as `consider` says of the name's first letter.
            if (distance > 0 && words > 1 && keys[k]?.charCodeAt(prefix.length) !== q.charCodeAt(prefix.length)) continue;
            if (words === 1 && keyLength <= SHORT_NAME_MAX && shortRule < 0) {
              if (isDetermined(tokens, first) && !firstToken.capitalised && !isPlaceNounAfter(tokens, last)) shortRule = SHORT_CAPPED;
              else if (isCued(tokens, first, last) || isAlone(tokens, first, last, text)) shortRule = SHORT_FREE;
              else if (devanagariWindow) shortRule = SHORT_PENALISED;
              else shortRule = firstToken.capitalised ? SHORT_FREE : SHORT_CAPPED;
            }
            const rule = words === 1 && keyLength <= SHORT_NAME_MAX ? shortRule : SHORT_FREE;
            const base = EXACT_CONFIDENCE - STEM_STEP_PENALTY * stem.steps;
            const spelt = devanagariWindow ? PICK_DEVANAGARI : PICK_LATIN;
            const other = devanagariWindow ? PICK_NOT_DEVANAGARI : PICK_NOT_LATIN;
            const spelled = distance === 0 && spellingsByKey.has(k) ? nearestSpelt(k, tokens, first, last, stem.text) : (picks[k * 4 + spelt] ?? -1);
            let misspelt = 0;
            if (words === 1 && keyLength <= SHORT_NAME_MAX && distance === 0 && spelled >= 0) {
              if (devanagariWindow) {
                if (lastToken.devanagari && shortDevanagari.get(spelled)?.has(devanagariSpelling(stem.text)) === false) misspelt = DEVANAGARI_SPELLING_PENALTY;
              } else {
                const endings = shortLatinEndings.get(spelled);
                if (endings !== undefined && (endings & endingOf(stem.text)) === 0) misspelt = LATIN_ENDING_PENALTY;
              }
            }
            offer(spelled, adjusted(base - misspelt, distance, keyLength, rule), distance);
            // The same place by its name in the other script is no surer than by its own spelling.
            offer(picks[k * 4 + other] ?? -1, adjusted(base - CROSS_SCRIPT_PENALTY - misspelt, distance, keyLength, rule), distance);
          }
        }
        const { start } = firstToken;
        const { end } = lastToken;
        // Guarded: `targets[-1]` is a property lookup up the prototype chain, not an array read.
        const bestPlace = bestTarget >= 0 ? targets[bestTarget] : undefined;
        if (bestPlace) {
          const written = text.slice(start, end);
          candidates.push({ target: bestPlace, span: [start, end], written, confidence: bestConfidence, distance: bestDistance, words });
        }
        const nearPlace = nearTarget >= 0 ? targets[nearTarget] : undefined;
        if (nearPlace && (!nearMiss || nearMiss.confidence < nearConfidence)) {
          const written = text.slice(start, end);
          nearMiss = { target: nearPlace, span: [start, end], written, confidence: nearConfidence, distance: nearDistance, words };
        }
        prefix += lastKeys.key;
        // A window longer than every name (give or take two typos) can only grow longer.
        if (prefix.length > maxKeyLength + 2) break;
      }
    }

    const platform = platformTarget >= 0 && PLATFORM_HINT.test(text) ? platformMention(text) : null;
    const station = targets[platformTarget];
    if (platform && station) {
      candidates.push({ target: station, span: platform, written: text.slice(...platform), confidence: PLATFORM_CONFIDENCE, distance: 0, words: 1 });
    }

    // A longer name read whole, only an ending off its last word ("हिंगणा टी पॉईंटजवळ"), is the place
    // meant, not the shorter name inside it that happens to be spelt exactly ("हिंगणा").
    const readings = candidates.length > 1 ? candidates.filter((c) => !candidates.some((o) => outreads(o, c))) : candidates;
    // Overlapping readings: the surer one, then the longer, more specific name ("New Kamptee" over
    // "Kamptee"); a gazetteer entry over a station's bare name (it carries a point as well).
    readings.sort(
      (a, b) =>
        b.confidence - a.confidence ||
        b.words - a.words ||
        Number(b.target.source === 'gazetteer') - Number(a.target.source === 'gazetteer') ||
        a.span[0] - b.span[0],
    );
    const chosen: PlaceMatch[] = [];
    for (const c of readings) {
      if (chosen.some((k) => c.span[0] < k.span[1] && k.span[0] < c.span[1])) continue;
      chosen.push(c);
    }
    chosen.sort((a, b) => rank(b) - rank(a) || a.span[0] - b.span[0]);
    return { best: chosen[0] ?? null, matches: chosen, nearMiss };
  }

  return { match, size: keys.length };
}

/** True if `longer` holds `shorter` inside its words and is as sure but for the endings stripped off it. */
function outreads(longer: PlaceMatch, shorter: PlaceMatch): boolean {
  return (
    longer.words > shorter.words &&
    longer.distance === 0 &&
    shorter.distance === 0 &&
    longer.span[0] <= shorter.span[0] &&
    shorter.span[1] <= longer.span[1] &&
    longer.confidence >= shorter.confidence - 2 * STEM_STEP_PENALTY - 0.001
  );
}

/** Where the text names a railway platform or a bare railway station, or null. */
function platformMention(text: string): [number, number] | null {
  for (const m of text.matchAll(PLATFORM_RE)) {
    const g = m.groups ?? {};
    if (g['latin'] !== undefined && g['number'] === undefined && !RAILWAY_CONTEXT.test(text)) continue;
    return [m.index, m.index + m[0].length];
  }
  const r = RAILWAY_RE.exec(text);
  return r ? [r.index, r.index + r[0].length] : null;
}

// Among places named apart, the surest wins; a landmark or a place with a station of its own wins a tie
// (it is the more specific), never a clearly surer match.
function rank(m: PlaceMatch): number {
  const specific = m.target.kind === 'landmark' ? 0.015 : 0;
  const owned = m.target.station ? 0.01 : 0;
  return m.confidence + specific + owned;
}
