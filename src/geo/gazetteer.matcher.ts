/**
 * Finds the places a message names: one hash index over the skeleton of every name and variant in
 * every script, probed with windows of the message's words. The cost is linear in the message's length
 * (a few hash probes per word window), never in the gazetteer's size.
 */
import { createDeletionIndex, createHashFilter, hashWithout } from './deletion.index.js';
import { stemsOf, tokenise, wordKey } from './place-name.normalise.js';
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
// A short name written in lower case with no cue around it is more often an ordinary word.
const SHORT_NAME_MAX = 4;
const UNCUED_SHORT_LATIN = 0.6;
const UNCUED_SHORT_DEVANAGARI_PENALTY = 0.08;

// Words around a place name that say it is one: postpositions and the nouns that follow a locality.
const CUES_AFTER = new Set([
  'me', 'mein', 'mai', 'mei', 'main', 'mi', 'madhe', 'madhye', 'ke', 'ki', 'ka', 'se', 'pe', 'par', 'wale', 'wala', 'jawal',
  'chowk', 'chauk', 'square', 'sq', 'naka', 'road', 'rd', 'area', 'layout', 'colony', 'nagar', 'basti', 'bazar',
  'bazaar', 'market', 'police', 'ps', 'thana', 'thane', 'station', 'garden', 'lake', 'talao', 'gaon', 'side',
  'mandir', 'hospital', 'gate', 'bridge', 'flyover', 'crossing', 'chauraha', 'phata', 'fata', 'village',
  'में', 'मे', 'मध्ये', 'के', 'की', 'का', 'से', 'पर', 'पे', 'चौक', 'रोड', 'नाका', 'परिसर', 'परिसरात', 'भाग', 'भागात',
  'भागात', 'येथे', 'इथे', 'पोलीस', 'पुलिस', 'ठाणे', 'थाना', 'बाजार', 'बाजारात', 'मार्केट', 'लेआउट', 'कॉलनी', 'गाव',
  'गांव', 'फाटा', 'इलाके', 'इलाक़े', 'क्षेत्र', 'वस्ती', 'बस्ती', 'जवळ', 'के', 'पास', 'समोर',
]);
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

interface IndexedName {
  target: number;
  /** Spelt this way in Latin script, in Devanagari, or both. */
  latin: boolean;
  devanagari: boolean;
}

interface TokenKeys {
  /** The word's key as written. */
  key: string;
  /** Keys of the word's stems, with the rewrites each took. */
  stems: Array<{ key: string; steps: number }>;
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

function allowedEdits(length: number): number {
  if (length >= FUZZY_TWO_FROM) return 2;
  if (length >= FUZZY_ONE_FROM) return 1;
  return 0;
}


/** Splits a name into the words a message would write, keyed like the message's words. */
export function nameKey(name: string): { key: string; words: number; leads: string[] } {
  const parts = tokenise(name).map((t) => wordKey(t.word));
  const leads: string[] = [];
  for (let i = 1; i < parts.length; i++) leads.push(parts.slice(0, i).join(''));
  return { key: parts.join(''), words: parts.length, leads };
}

/** Builds the matcher over a city's places; pure and reusable. */
export function createGazetteerMatcher(targets: readonly PlaceTarget[]): GazetteerMatcher {
  const exact = new Map<string, IndexedName[]>();
  // Keys long enough to forgive a typo; their single-letter deletions go to the deletion index.
  const fuzzyKeys: string[] = [];
  let maxWords = 1;
  let maxKeyLength = 0;
  // The leading words of multi-word names ("nndnvn" of "Nandanvan Layout"): a window of several words
  // is probed for typos only behind one of these, so that typo probes stay a few per word of the message.
  const nameLeads = new Set<string>();

  targets.forEach((target, index) => {
    for (const name of [target.name, ...target.names]) {
      const { key, words, leads } = nameKey(name);
      if (key.length < 2) continue;
      for (const lead of leads) nameLeads.add(lead);
      maxWords = Math.max(maxWords, Math.min(words, MAX_WINDOW_WORDS));
      const devanagari = /[\u0900-\u097F]/.test(name);
      const list = exact.get(key);
      // One entry per place and key, whatever the scripts: a place's names are indexed together, so
      // its entry, if any, is the last of the list.
      const last = list?.[list.length - 1];
      if (last && last.target === index) {
        if (devanagari) last.devanagari = true;
        else last.latin = true;
        continue;
      }
      const entry: IndexedName = { target: index, latin: !devanagari, devanagari };
      if (list) list.push(entry);
      else exact.set(key, [entry]);
      if (!list && key.length >= FUZZY_ONE_FROM) fuzzyKeys.push(key);
      maxKeyLength = Math.max(maxKeyLength, key.length);
    }
  });

  const deleted = createDeletionIndex(fuzzyKeys);
  // Most probes are ordinary words that name nothing: a filter that fits the CPU cache turns them away
  // before the hash map, whose size would otherwise make every probe a trip to main memory.
  const knownKeys = createHashFilter(exact.keys(), exact.size);

  function keysNear(query: string, fuzzy: boolean): Array<{ key: string; distance: number }> {
    const out: Array<{ key: string; distance: number }> = [];
    const queryHash = hashWithout(query, -1);
    if (knownKeys.mayHold(queryHash) && exact.has(query)) out.push({ key: query, distance: 0 });
    // Both sides need FUZZY_ONE_FROM letters for a typo to count; longer than every name is hopeless.
    if (!fuzzy || query.length < FUZZY_ONE_FROM || query.length > maxKeyLength + 2) return out;
    const seen = new Set<string>([query]);
    const consider = (key: string): void => {
      if (seen.has(key)) return;
      seen.add(key);
      // People misspell the middle of a name, rarely its first letter; without this rule ordinary words
      // turn into places ("report" ~ "airport", "in Pratap Nagar" ~ "Rana Pratap Nagar").
      if (key[0] !== query[0]) return;
      const allowed = allowedEdits(Math.min(key.length, query.length));
      if (allowed === 0) return;
      const distance = editDistance(query, key, allowed);
      if (distance <= allowed) out.push({ key, distance });
    };
    const considerId = (id: number): void => {
      const key = fuzzyKeys[id];
      if (key !== undefined) consider(key);
    };
    // The query is a key with a letter dropped; …
    deleted.keysWithDeletion(queryHash, considerId);
    for (let i = 0; i < query.length; i++) {
      // … or with a letter added; or both drop one (a letter changed, or two swapped).
      const h = hashWithout(query, i);
      if (knownKeys.mayHold(h)) {
        const d = query.slice(0, i) + query.slice(i + 1);
        if (exact.has(d)) consider(d);
      }
      deleted.keysWithDeletion(h, considerId);
    }
    return out;
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

  function isCueWord(token: TextToken | undefined): boolean {
    if (!token) return false;
    const w = token.word.toLowerCase();
    return CUES_BEFORE.has(w) || CUES_AFTER.has(w) || DETERMINERS.has(w);
  }

  function match(text: string): GazetteerMatch {
    const tokens = tokenise(text);
    const keys: TokenKeys[] = tokens.map((t) => {
      const stems = stemsOf(t.word).map((s) => ({ key: wordKey(s.stem), steps: s.steps }));
      return { key: wordKey(t.word), stems };
    });
    const candidates: PlaceMatch[] = [];
    let nearMiss: PlaceMatch | null = null;

    for (let first = 0; first < tokens.length; first++) {
      let prefix = '';
      let devanagariWindow = false;
      for (let last = first; last < tokens.length && last - first < maxWords; last++) {
        const lastToken = tokens[last];
        const lastKeys = keys[last];
        if (!lastToken || !lastKeys) break;
        if (last > first && lastToken.breakBefore) break;
        const firstToken = tokens[first];
        if (!firstToken) break;
        if (lastToken.devanagari) devanagariWindow = true;
        const words = last - first + 1;
        // The best reading of this window for each place.
        const best = new Map<number, { confidence: number; distance: number }>();
        for (const stem of lastKeys.stems) {
          const query = prefix + stem.key;
          for (const { key, distance } of keysNear(query, words === 1 || nameLeads.has(prefix))) {
            for (const named of exact.get(key) ?? []) {
              let confidence = EXACT_CONFIDENCE - STEM_STEP_PENALTY * stem.steps;
              if (devanagariWindow ? !named.devanagari : !named.latin) confidence -= CROSS_SCRIPT_PENALTY;
              if (distance > 0) {
                // A window that starts or ends on a postposition is not a misspelt name.
                if (isCueWord(firstToken) || (words > 1 && isCueWord(lastToken))) continue;
                confidence -= 0.05 + (0.6 * distance) / Math.max(key.length, 1);
              }
              if (words === 1 && key.length <= SHORT_NAME_MAX) {
                if (isDetermined(tokens, first) && !firstToken.capitalised) {
                  confidence = Math.min(confidence, UNCUED_SHORT_LATIN);
                }
                else if (!isCued(tokens, first, last)) {
                  if (devanagariWindow) confidence -= UNCUED_SHORT_DEVANAGARI_PENALTY;
                  else if (!firstToken.capitalised) confidence = Math.min(confidence, UNCUED_SHORT_LATIN);
                }
              }
              const seen = best.get(named.target);
              if (!seen || seen.confidence < confidence) best.set(named.target, { confidence, distance });
            }
          }
        }
        for (const [index, found] of best) {
          const target = targets[index];
          if (!target) continue;
          const candidate: PlaceMatch = {
            target,
            span: [firstToken.start, lastToken.end],
            written: text.slice(firstToken.start, lastToken.end),
            confidence: Math.round(found.confidence * 100) / 100,
            distance: found.distance,
            words,
          };
          if (candidate.confidence >= MIN_PLACE_CONFIDENCE) candidates.push(candidate);
          else if (!nearMiss || nearMiss.confidence < candidate.confidence) nearMiss = candidate;
        }
        prefix += lastKeys.key;
        // A window longer than every name (give or take two typos) can only grow longer.
        if (prefix.length > maxKeyLength + 2) break;
      }
    }

    // Overlapping readings: the surer one, then the longer, more specific name ("New Kamptee" over
    // "Kamptee"); a gazetteer entry over a station's bare name (it carries a point as well).
    candidates.sort(
      (a, b) =>
        b.confidence - a.confidence ||
        b.words - a.words ||
        Number(b.target.source === 'gazetteer') - Number(a.target.source === 'gazetteer') ||
        a.span[0] - b.span[0],
    );
    const chosen: PlaceMatch[] = [];
    for (const c of candidates) {
      if (chosen.some((k) => c.span[0] < k.span[1] && k.span[0] < c.span[1])) continue;
      chosen.push(c);
    }
    chosen.sort((a, b) => rank(b) - rank(a) || a.span[0] - b.span[0]);
    return { best: chosen[0] ?? null, matches: chosen, nearMiss };
  }

  return { match, size: exact.size };
}

// Among places named apart, the surest wins; a landmark or a place with a station of its own wins a tie
// (it is the more specific), never a clearly surer match.
function rank(m: PlaceMatch): number {
  const specific = m.target.kind === 'landmark' ? 0.015 : 0;
  const owned = m.target.station ? 0.01 : 0;
  return m.confidence + specific + owned;
}
