/**
 * The sentiment of a citizen's message (issue 16): praise, anger, fear or neutral, in English, Hindi,
 * Marathi and romanised Hindi (Hinglish). Pure, small and explainable on purpose: a leader who reads
 * "anger rose this week" must be able to see why a message counted, so every decision names the words
 * that made it, and the lists below are the whole method.
 *
 * How it decides:
 * - The text is cleaned as triage cleans it (NFC, digits folded, "thanksss" → "thanks"), lower-cased,
 *   and cut into words of letters and vowel signs (Devanagari included).
 * - Each cue is a word or a phrase of whole words; a phrase counts 2, a word 1. Devanagari cues also
 *   match as a word's beginning ("धन्यवाद" in "धन्यवादसाहेब"), because Hindi and Marathi join endings on.
 * - A praise cue with a negation just before it ("not helpful", "no thanks") or just after it in Hindi
 *   or Marathi ("अच्छा नहीं", "चांगले नाही") counts as anger instead.
 * - The largest score wins; a tie goes to fear, then anger, then praise (a frightened citizen must never
 *   be filed as content). No cue at all: neutral.
 * What it does not do: sarcasm ("great job, nobody came" is anger only because "nobody came" is), or
 * words outside the lists. The labelled development set in test/fixtures/sentiment measures it.
 */
import { cleanText } from './normalise.js';

export const SENTIMENTS = ['praise', 'anger', 'fear', 'neutral'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export interface SentimentResult {
  label: Sentiment;
  /** Points per sentiment (neutral has none). */
  scores: { praise: number; anger: number; fear: number };
  /** The cues that counted, e.g. `praise: "thank you"`, `anger: not "helpful"`. */
  reasons: string[];
}

const PRAISE = [
  // English
  'thank you', 'thanks', 'thank u', 'thanku', 'thankyou', 'thx', 'tnx', 'grateful', 'gratitude', 'appreciate', 'appreciated', 'appreciation',
  'great job', 'good job', 'well done', 'great work', 'good work', 'excellent', 'awesome', 'kudos', 'hats off', 'salute', 'proud of',
  'helpful', 'very good', 'quick response', 'prompt action', 'prompt response', 'quick action', 'brave', 'superb', 'wonderful', 'bravo',
  // Hinglish
  'dhanyavad', 'dhanyawad', 'dhanyavaad', 'dhanywad', 'shukriya', 'bahut accha', 'bahut achha', 'bahut badhiya', 'badhiya', 'shabash', 'shabaash',
  'aabhar', 'abhar', 'accha kaam', 'achha kaam', 'acha kaam', 'jaldi madad', 'khup chan', 'khup chhan', 'chan kaam',
  // Hindi
  'धन्यवाद', 'शुक्रिया', 'बहुत अच्छा', 'बढ़िया', 'बढिया', 'शाबाश', 'आभार', 'सराहनीय', 'तारीफ', 'अच्छा काम', 'प्रशंसा', 'नमन',
  // Marathi
  'खूप छान', 'छान काम', 'छान', 'उत्तम', 'अभिनंदन', 'कौतुक', 'कौतुकास्पद', 'मनापासून आभार', 'चांगले काम', 'चांगली कामगिरी',
];

const ANGER = [
  // English
  'angry', 'disgusting', 'disgusted', 'shameful', 'shame on', 'useless', 'pathetic', 'worst', 'nonsense', 'rubbish', 'corrupt', 'bribe',
  'no action', 'nobody came', 'no one came', 'still waiting', 'ignored', 'fed up', 'ridiculous', 'rude', 'lazy', 'incompetent',
  'irresponsible', 'careless', 'hopeless', 'frustrated', 'disappointed', 'disappointing', 'not responding', 'no response',
  // Hinglish
  'bakwas', 'bekar', 'bekaar', 'sharam', 'sharm karo', 'ghatiya', 'nikamme', 'nikamma', 'kuch nahi kiya', 'koi nahi aaya', 'koi nahi aya',
  'rishwat', 'gussa', 'laparwahi', 'faltu', 'kamchor', 'koi sunwai nahi', 'lajja',
  // Hindi
  'शर्म', 'बेकार', 'घटिया', 'निकम्मे', 'निकम्मा', 'रिश्वत', 'गुस्सा', 'कोई कार्रवाई नहीं', 'कोई नहीं आया', 'बकवास', 'लापरवाही', 'नाराज', 'नाराज़',
  'कोई सुनवाई नहीं', 'कामचोर',
  // Marathi
  'लाज', 'फालतू', 'निष्क्रिय', 'लाच', 'संताप', 'राग', 'कोणीही आले नाही', 'कोणी आले नाही', 'कारवाई नाही', 'कारवाई झाली नाही', 'भिकार',
  'बेजबाबदार', 'दुर्लक्ष', 'निराशा',
];

const FEAR = [
  // English
  'scared', 'afraid', 'fear', 'frightened', 'terrified', 'danger', 'dangerous', 'unsafe', 'threat', 'threaten', 'threatening', 'threatened', 'help me',
  'please help', 'save me', 'save us', 'panic', 'following me', 'stalking', 'stalker', 'worried', 'anxious', 'not safe',
  // Hinglish
  'darr', 'dar lag', 'darr lag', 'dar lagta', 'darta', 'darti', 'bachao', 'bachaao', 'khatra', 'dhamki', 'madad karo', 'help karo',
  'peecha kar', 'picha kar', 'surakshit nahi', 'bhiti', 'ghabrat',
  // Hindi
  'डर', 'डरी', 'डरा', 'डरे', 'बचाओ', 'बचाइए', 'खतरा', 'ख़तरा', 'धमकी', 'मदद करो', 'मदद कीजिए', 'असुरक्षित', 'पीछा कर', 'घबरा',
  // Marathi
  'भीती', 'भीतीदायक', 'घाबर', 'वाचवा', 'धोका', 'मदत करा', 'पाठलाग', 'सुरक्षित नाही',
];

/** Words that turn the praise cue after them into anger ("not helpful", "no thanks"). */
const NEGATION_BEFORE = new Set(['not', 'no', 'never', 'nahi', 'nahin', 'na', 'मत']);
/** Words that turn the praise cue before them into anger ("अच्छा नहीं", "चांगले नाही"). */
const NEGATION_AFTER = new Set(['नहीं', 'नही', 'नाही', 'nahi', 'nahin', 'nai']);

interface Cue {
  words: string[];
  label: Exclude<Sentiment, 'neutral'>;
  devanagari: boolean;
}

const DEVANAGARI = /[\u0900-\u097F]/;

function toWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}

const CUES: Cue[] = [
  ...PRAISE.map((p) => ({ p, label: 'praise' as const })),
  ...ANGER.map((p) => ({ p, label: 'anger' as const })),
  ...FEAR.map((p) => ({ p, label: 'fear' as const })),
].map(({ p, label }) => ({ words: toWords(p), label, devanagari: DEVANAGARI.test(p) }));

/** Cues by their first word (Latin), or by their first word's first letter (Devanagari, matched as a prefix). */
const BY_FIRST = new Map<string, Cue[]>();
for (const c of CUES) {
  const first = c.words[0] ?? '';
  const key = c.devanagari ? `d:${first.slice(0, 1)}` : first;
  const list = BY_FIRST.get(key) ?? [];
  list.push(c);
  BY_FIRST.set(key, list);
}
// Longer phrases first, so that "bahut accha" is read before "accha kaam" could be, and counts once.
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

function wordMatches(cue: string, word: string, devanagari: boolean): boolean {
  // A Devanagari word may carry an ending joined on; a short cue ("राग", "लाज") must then be the whole word.
  return devanagari && cue.length >= 4 ? word.startsWith(cue) : word === cue;
}

/** The sentiment of one message; pure, no I/O. */
export function judgeSentiment(text: string): SentimentResult {
  const words = toWords(cleanText(text));
  const scores = { praise: 0, anger: 0, fear: 0 };
  const reasons: string[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i] ?? '';
    // Most words begin no cue: nothing is built for them (this runs for every message intake stores).
    const latin = BY_FIRST.get(w);
    const devanagari = DEVANAGARI.test(w) ? BY_FIRST.get(`d:${w.slice(0, 1)}`) : undefined;
    const candidates = latin && devanagari ? [...latin, ...devanagari].sort((a, b) => b.words.length - a.words.length) : (latin ?? devanagari);
    const hit = candidates?.find((c) => c.words.every((cw, j) => wordMatches(cw, words[i + j] ?? '', c.devanagari)));
    if (!hit) {
      i += 1;
      continue;
    }
    const points = hit.words.length > 1 ? 2 : 1;
    const phrase = hit.words.join(' ');
    const before = words[i - 1] ?? '';
    const after = words[i + hit.words.length] ?? '';
    if (hit.label === 'praise' && (NEGATION_BEFORE.has(before) || NEGATION_AFTER.has(after))) {
      scores.anger += points;
      reasons.push(`anger: negated "${phrase}"`);
    } else {
      scores[hit.label] += points;
      reasons.push(`${hit.label}: "${phrase}"`);
    }
    i += hit.words.length;
  }
  const order: Array<Exclude<Sentiment, 'neutral'>> = ['fear', 'anger', 'praise'];
  let label: Sentiment = 'neutral';
  let best = 0;
  for (const s of order) {
    if (scores[s] > best) {
      best = scores[s];
      label = s;
    }
  }
  return { label, scores, reasons };
}

/** Words of an officer's display name that say nothing about who they are (ranks, roles, honorifics). */
const NAME_STOPWORDS = new Set([
  'sir', 'madam', 'mam', 'maam', 'ji', 'saheb', 'sahab', 'shri', 'smt', 'mr', 'mrs', 'ms', 'dr', 'desk', 'operator', 'officer', 'police', 'station',
  'sho', 'dcp', 'acp', 'psi', 'api', 'asi', 'pi', 'hc', 'pc', 'constable', 'head', 'inspector', 'sub', 'assistant', 'control', 'room', 'commissioner',
  'of', 'the', 'and', 'zone', 'administrator', 'nagar',
]);

/**
 * The officers a message names: an officer is named when a distinctive word of their display name (at
 * least four letters, not a rank or an honorific, and not a word of their unit's name) is a word of the
 * message. Pure: the caller gives the officers to look for (those of the ticket's station and its
 * assignee) with the words of their unit's name to leave out.
 */
export function findNamedOfficers<T extends { id: number; name: string; unitWords?: readonly string[] }>(text: string, officers: readonly T[]): T[] {
  const words = new Set(toWords(cleanText(text)));
  return officers.filter((o) => {
    const unit = new Set((o.unitWords ?? []).flatMap((w) => toWords(w)));
    return toWords(o.name).some((w) => w.length >= 4 && !NAME_STOPWORDS.has(w) && !unit.has(w) && words.has(w));
  });
}
