/**
 * Messages that carry no report: a greeting, a bot's /start, thanks, "ok", a sticker or emoji alone.
 * Most chat conversations open with one; such a message never decides a ticket's category, priority
 * or place, and a ticket holding only these waits for details. A bare plea ("help", "bachao") is not
 * one of them: it is urgent even without words around it.
 */
import { normaliseMessage } from './normalise.js';

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
    // Devanagari
    'नमस्ते', 'नमस्कार', 'प्रणाम', 'राम', 'जय', 'हिंद', 'महाराष्ट्र', 'धन्यवाद', 'शुक्रिया', 'आभार', 'आभारी', 'आहे', 'है', 'जी', 'सर',
    'मॅडम', 'मैडम', 'साहब', 'साहेब', 'भाई', 'भाऊ', 'दादा', 'हॅलो', 'हैलो', 'हेलो', 'हाय', 'ठीक', 'ओके', 'हाँ', 'हां', 'हो', 'बरं',
    'बर', 'अच्छा', 'शुभ', 'प्रभात', 'सकाळ', 'सुप्रभात', 'रात्रि', 'पोलीस', 'पुलिस', 'टीम', 'आपका', 'आपले', 'तुमचे', 'बहुत',
  ].map((w) => w.toLowerCase()),
);

/** Words that, alone, are a plea: never contentless. */
const PLEAS = new Set(['help', 'helpme', 'bachao', 'bacha', 'sos', 'emergency', 'urgent', 'madad', 'बचाओ', 'बचाव', 'मदत', 'मदद', 'वाचवा']);

/** True when the message holds no report at all: only greetings, thanks, acknowledgements, a command, stickers or emoji. */
export function isContentless(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  // A bot command alone (/start, /help is a plea though).
  if (/^\/[a-z_]{1,32}(@\w+)?$/i.test(trimmed)) return !/^\/(help|sos)\b/i.test(trimmed);
  const n = normaliseMessage(trimmed);
  const words = n.tokens.filter((t) => t.script !== 'emoji').map((t) => t.word);
  if (words.some((w) => PLEAS.has(w))) return false;
  // Numbers are content (a reference, a vehicle); so is any word outside the pleasantries.
  return words.every((w) => PLEASANTRIES.has(w));
}
