/**
 * Messages that carry no report: a greeting, a bot's /start, thanks, "ok", a sticker or emoji alone.
 * Most chat conversations open with one; such a message never decides a ticket's category, priority
 * or place, and a ticket holding only these waits for details. A bare plea ("help", "bachao") is not
 * one of them: it is urgent even without words around it.
 */
import { normaliseMessage } from './normalise.js';
import type { NormalisedText } from './normalise.js';

/** Words that only greet, thank, address or acknowledge, in English, Hindi, Marathi and romanised forms. */
const PLEASANTRIES = new Set(
  [
    // English greetings, address and acknowledgements
    'hi', 'hii', 'hello', 'helo', 'hey', 'hlo', 'hlw', 'hallo', 'yo', 'good', 'morning', 'evening', 'afternoon', 'night', 'gm', 'gn',
    'sir', 'madam', 'mam', 'maam', 'maa', 'ma', 'bhai', 'bhaiya', 'bhau', 'dada', 'ji', 'jee', 'sahab', 'saheb', 'team', 'police', 'officer',
    'dear', 'respected', 'all', 'everyone', 'there', 'is', 'anyone', 'anybody', 'someone', 'here', 'this', 'the', 'to', 'a', 'and',
    'thanks', 'thank', 'thanku', 'thankyou', 'thnx', 'thx', 'ty', 'tq', 'you', 'u', 'very', 'much', 'so', 'lot', 'a', 'lots',
    'ok', 'okay', 'okk', 'k', 'kk', 'fine', 'yes', 'yeah', 'yep', 'no', 'noted', 'sure', 'alright', 'welcome', 'please', 'pls', 'plz',
    'start', 'menu', 'test', 'testing', 'namaste', 'namaskar', 'namaskaar', 'pranam', 'ram', 'jai', 'hind', 'maharashtra',
    'salaam', 'salam', 'assalamualaikum', 'adaab', 'sat', 'sri', 'akal', 'shukriya', 'dhanyavad', 'dhanyawad', 'dhanyawaad', 'dhanywad',
    'aabhar', 'abhar', 'haan', 'ha', 'han', 'ji', 'theek', 'thik', 'hai', 'he', 'h', 'ahe', 'aahe', 'bar', 'barr', 'accha', 'acha', 'achha',
    // Spellings thumbs make, sign-offs, and the force addressed by name
    'gud', 'gd', 'mrng', 'mornin', 'evng', 'eve', 'noon', 'goodnight', 'goodmorning', 'hmm', 'hm', 'ohk', 'okie', 'okey', 'oky', 'thnks',
    'thanx', 'thanq', 'thankq', 'tnx', 'tx', 'tysm', 'bye', 'sorry', 'shree', 'shri', 'jay', 'bhim', 'radhe', 'krishna', 'hare', 'mahadev',
    'har', 'namaskaram', 'vanakkam', 'nagpur', 'city', 'cp', 'sahib', 'sirji', 'madamji', 'mam', 'bhau', 'saheb', 'dhanyavaad', 'sukriya',
    // Devanagari
    'नमस्ते', 'नमस्कार', 'प्रणाम', 'राम', 'जय', 'हिंद', 'महाराष्ट्र', 'धन्यवाद', 'शुक्रिया', 'आभार', 'आभारी', 'आहे', 'है', 'जी', 'सर',
    'मॅडम', 'मैडम', 'साहब', 'साहेब', 'भाई', 'भाऊ', 'दादा', 'हॅलो', 'हैलो', 'हेलो', 'हाय', 'ठीक', 'ओके', 'हाँ', 'हां', 'हो', 'बरं',
    'बर', 'अच्छा', 'शुभ', 'प्रभात', 'सकाळ', 'सुप्रभात', 'रात्रि', 'पोलीस', 'पुलिस', 'टीम', 'आपका', 'आपले', 'तुमचे', 'बहुत',
    'रात्री', 'शुभरात्री', 'गुड', 'मॉर्निंग', 'मोर्निंग', 'नाइट', 'ईवनिंग', 'श्री', 'भीम', 'राधे', 'थैंक्स', 'थँक्स', 'थैंक', 'थँक',
    'यू', 'थँक्यू', 'थैंक्यू', 'खूप', 'मनःपूर्वक', 'मनापासून', 'आभारी', 'बाय', 'सॉरी', 'नागपुर', 'नागपूर', 'शहर', 'सरजी', 'आपको', 'तुम्हाला',
  ].map((w) => w.toLowerCase()),
);

/** Words that, alone, are a plea: never contentless. */
const PLEAS = new Set(['help', 'helpme', 'bachao', 'bacha', 'sos', 'emergency', 'urgent', 'madad', 'बचाओ', 'बचाव', 'मदत', 'मदद', 'वाचवा']);

/** True when the message holds no report at all: only greetings, thanks, acknowledgements, a command, stickers or emoji. */
export function isContentless(text: string): boolean {
  return isContentlessNormalised(text, null);
}

/**
 * `isContentless` for a message already normalised (by `normaliseMessage`), so that judging a
 * conversation normalises each message once.
 */
export function isContentlessNormalised(text: string, norm: NormalisedText | null): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  // A bot command alone (/start, /help is a plea though).
  if (/^\/[a-z_]{1,32}(@\w+)?$/i.test(trimmed)) return !/^\/(help|sos)\b/i.test(trimmed);
  const n = norm ?? normaliseMessage(trimmed);
  let words = 0;
  let pleasantries = 0;
  for (const t of n.tokens) {
    if (t.script === 'emoji') continue;
    words += 1;
    if (PLEAS.has(t.word)) return false;
    // Numbers are content (a reference, a vehicle); so is any word outside the pleasantries.
    if (PLEASANTRIES.has(t.word)) pleasantries += 1;
  }
  // A handle alone ("@NagpurPolice") addresses the force; a link is content.
  return pleasantries === words && n.urls.length === 0;
}
