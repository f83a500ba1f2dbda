/**
 * What the public thinks, the pure part: the question a citizen is asked after their ticket closes, the
 * thanks, and how a reply is read as a rating. A reply is a rating only when it plainly is one: a single
 * digit 1–5 (Latin or Devanagari, "4/5" and "4 out of 5" too) and at most a few words around it. A
 * phone number, an address or a new complaint is not, and goes on to be a message like any other.
 */
import type { Language } from '../triage/triage.types.js';

/** How long after the question a reply still counts as a rating. */
export const RATING_REPLY_DAYS = 7;
/** The WhatsApp template asked outside the 24-hour window; its body takes the reference. */
export const RATING_TEMPLATE = 'chowki_rating_request';
/** Outcomes after which nobody is asked: there was no one to answer, or the answer is on another ticket. */
export const UNRATED_OUTCOMES: readonly string[] = ['spam', 'duplicate'];

const ASK: Record<Language, (reference: string) => string> = {
  en: (r) =>
    `Your report ${r} has been closed. How did the police respond? Reply with a number from 1 (very poor) to 5 (very good), and a word if you like. If you need more help, write to us.`,
  hi: (r) => `आपकी शिकायत ${r} बंद कर दी गई है। पुलिस का जवाब कैसा रहा? 1 (बहुत खराब) से 5 (बहुत अच्छा) तक एक अंक भेजें, चाहें तो एक शब्द भी। और मदद चाहिए तो हमें लिखें।`,
  mr: (r) => `तुमची तक्रार ${r} बंद करण्यात आली आहे. पोलिसांचा प्रतिसाद कसा होता? 1 (खूप वाईट) ते 5 (खूप चांगला) यापैकी एक अंक पाठवा, हवे तर एक शब्दही. आणखी मदत हवी असल्यास आम्हाला लिहा.`,
  'hi-Latn': (r) =>
    `Aapki shikayat ${r} band kar di gayi hai. Police ka jawab kaisa raha? 1 (bahut kharab) se 5 (bahut accha) tak ek number bhejein, chahein to ek shabd bhi. Aur madad chahiye to humein likhein.`,
};

const THANKS: Record<Language, string> = {
  en: 'Thank you for your rating. It helps us serve you better.',
  hi: 'आपकी रेटिंग के लिए धन्यवाद। इससे हमें आपकी बेहतर सेवा करने में मदद मिलती है।',
  mr: 'तुमच्या गुणांकनाबद्दल धन्यवाद. यामुळे आम्हाला तुमची अधिक चांगली सेवा करता येते.',
  'hi-Latn': 'Aapki rating ke liye dhanyavaad. Isse humein aapki behtar seva karne mein madad milti hai.',
};

/** The question after a ticket closes, in the ticket's language: it carries the reference and nothing else of the report. */
export function composeRatingRequest(language: Language, reference: string): string {
  return ASK[language](reference);
}

export function composeRatingThanks(language: Language): string {
  return THANKS[language];
}

const DEVANAGARI_DIGITS = '०१२३४५६७८९';
const MAX_WORDS = 6;
const MAX_LENGTH = 80;

/**
 * A reply read as a rating: the score and the words beside it (trimmed, at most 40 characters), or null
 * when the text is not plainly a rating.
 */
export function parseRating(text: string): { score: number; word: string | null } | null {
  const t = text.normalize('NFC').trim();
  if (t.length === 0 || t.length > MAX_LENGTH) return null;
  const latin = t.replace(/[०-९]/g, (d) => String(DEVANAGARI_DIGITS.indexOf(d)));
  // "4/5", "4 out of 5", "5 में से 4", "5 पैकी 4": the scale is not a second number.
  const unscaled = latin
    .replace(/\s*\/\s*5\b/g, ' ')
    .replace(/\b(out\s+of|of)\s+5\b/gi, ' ')
    .replace(/\b5\s*(में\s*से|पैकी|mein\s+se|me\s+se)\s*/gi, ' ');
  const numbers = unscaled.match(/\d+/g) ?? [];
  if (numbers.length !== 1) return null;
  const n = numbers[0] ?? '';
  if (n.length !== 1) return null;
  const score = Number(n);
  if (score < 1 || score > 5) return null;
  const rest = unscaled
    .replace(/\d/, ' ')
    .replace(/[*⭐🌟.,!?:;()[\]"'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (rest.split(' ').filter(Boolean).length > MAX_WORDS) return null;
  return { score, word: rest ? rest.slice(0, 40) : null };
}
