/**
 * Language identification for the four codes of TAXONOMY.md. Script decides Devanagari vs Latin;
 * inside Devanagari, Hindi and Marathi are told apart by their own function words and endings; inside
 * Latin, romanised Hindi/Marathi vs English by function words. Counting function words rather than
 * nouns is what makes "a few words of another language" not flip the answer.
 */
import type { Language } from './triage.types.js';
import { TokenMemo } from './normalise.js';
import type { NormalisedToken } from './normalise.js';

export interface LanguageGuess {
  language: Language;
  /** The evidence counted, for `reasons`. */
  evidence: string;
}

const HINDI_WORDS = new Set(
  ('है हैं था थी थे में मैं का की के को से पर और नहीं नही कर करें करो करे रहा रही रहे गया गई गए गयी हुआ हुई हुए ' +
    'यह ये वह वो क्या कोई कुछ भी तो मेरा मेरी मेरे हमारा हमारी हमारे हम आप आपका आपकी जल्दी अभी लेकिन बहुत ' +
    'लिए दिया दी किया की कि हो होता होती जाता जाती रहता रहती वाले वाला वाली जो जब तक साथ बाद पास यहाँ यहां वहाँ वहां ' +
    'कल आज रात सुबह शाम उसके उसका उसकी इसके कैसे क्यों कृपया भेजिए भेजें भेजो कीजिए दीजिए बताइए बताएं ' +
    'लोग लड़का लड़की बच्चा बच्ची घर गाड़ी मिल मिला मिली चल रहे थे सब एक दो कहा बोला')
    .split(' '),
);
const MARATHI_WORDS = new Set(
  ('आहे आहेत आहोत आहात होते होता होती होतो नाही नाहीत मध्ये मधे आणि पण काय कुठे कुठं माझा माझी माझे माझ्या ' +
    'आमचा आमची आमचे आमच्या तुमचा तुमची तुमच्या त्याला त्यांना तिला त्याचा त्याची त्यांच्या करा पाठवा द्या घ्या ' +
    'साठी येथे इथे तिथे लवकर खूप गेला गेली गेले आला आली आले सुरू चालू रात्री सकाळी संध्याकाळी काल आज आत्ता ताबडतोब ' +
    'झाला झाली झाले झालेत झालाय झालीय केला केली केले करत करून मुलगी मुलगा घरी बाहेर कोणी कोणीतरी काही ' +
    'नका नये हवी हवे हवा शकता शकते होईल जात येत जवळ समोर वर खाली दिवसांपासून पासून धन्यवाद व कधी कसे किती ' +
    'म्हणून म्हणाले सांगा बघा दिसत दिसले दिसला लोकांना पोलिसांना उद्या करतो करतात करते पिऊन नवरा बायको माहेरी ' +
    'जाण्यास होणार पडणार जाणार येणार येते तक्रार नोंदवता')
    .split(' '),
);
// Marathi case endings written onto the noun: -चा/-ची/-चे/-च्या (of), -ला/-ना (to), -त/-ात (in),
// -ने and -शी; Hindi writes these as separate words (का, को, में).
const MARATHI_ENDINGS = /(?:च्या|चा|ची|चे|ला|ांना|ाना|ात|ीत|ेत|ूत|ाशी|ावर|ाजवळ|ामध्ये|मध्ये|ून|तोय|तेय|ताय|लेत|लाय|लीय)$/;
const HINDI_ENDINGS = /(?:ों|ियों|ाएं|ाएँ|िए|ेगा|ेगी|ेंगे|ाओ)$/;

const HINGLISH_WORDS = new Set(
  ('hai hain h he hei hy ho hota hoti hote tha thi the me mein mai main mujhe mujhse hum hame humein ka ki ke ko se ' +
    'nahi nhi nahin nai na kar karo kare karte karta karna kiya kiye kya kyu kyun kyon koi kuch bhi aur ya par pe ' +
    'abhi jaldi yaha yahan yahaan waha wahan udhar idhar raha rahi rahe rha rhi rhe gaya gayi gaye gya gyi hua hui huye ' +
    'diya liya de do dijiye kijiye karein bhej bhejo bhejiye wala wale wali waala bahut bohot bahot bhot lekin sab ' +
    'ek kal aaj raat subah sham shaam ghar gaadi gadi bhai bhaiya bhaiyo ji sahab saheb sir yaar log logo logon ' +
    'mera meri mere hamara hamari hamare humara humare tumhara aap aapka aapki apna apni apne uska uski uske iska iski ' +
    'ab tak jab tab kab kaise kaisa kitna kitne kaha kahan kidhar chal chala chali chalu baar wapas vapas mil mila mili ' +
    'pata hona hoga hogi karenge sakte sakta chahiye rakha rakhi raha bola boli bole bolo dekho dekha dekhi ' +
    // Romanised Marathi: the same desk counts it as hi-Latn.
    'aahe ahe aahet ahet ahot nahi mala majha maza mazi majhi mazya majhya amchya amcha amchi tumchya kay kuthe ithe ' +
    'tithe lavkar khup zala zali zale jhala jhali geli gela gele ani aani pan karun kara pathva dya ratri sakali ' +
    'aata atta aatta sadhya madhe madhye javal jawal samor kuni koni kahi hota hoti hote yet jat ahe na ' +
    'dila ghya bagha sanga kiti kasa kase kadhi mhanun roj raatri lok ghari gharat baher bahar kela keli kele karto ' +
    'kartat kartoy karte hoto hotat yeto yetat yetoy jato jatat vajto vajtat ghaltat zali zhali zhala madhun pasun ' +
    'saheb sahab mala tyala tila tyanna amhi tumhi aamhi kalpasun aajpasun sakalpasun')
    .split(' '),
);
const ENGLISH_WORDS = new Set(
  ('the is are was were be been being a an to of in on at my our your his her their its we i he she they it this ' +
    'that these those there here please pls plz and or but for with have has had not no near from by since what how ' +
    'when where who why can could will would should do does did done am as into about after before again very ' +
    'some any all just now today yesterday tonight morning evening night who which them him me us you if than then ' +
    'so also still yet ago last week month kindly sir madam thanks thank regards dear help someone somebody one two')
    .split(' '),
);
// Romanised words that are also English ("me", "he", "do", "the", "to") count for neither side alone.
const AMBIGUOUS = new Set(['me', 'he', 'do', 'the', 'to', 'a', 'hi', 'na', 'par', 'pan', 'main', 'sir', 'ho']);

// What one word says about the language, worked out once per word: a Hindi or a Marathi function word
// or ending (Devanagari), a romanised Hindi/Marathi or an English function word, or one of the words
// both write (Latin), or nothing.
const NOTHING = 0;
const HINDI = 1;
const MARATHI = 2;
const MARATHI_ENDING = 3;
const HINDI_ENDING = 4;
const SHARED_LATIN = 5;
const ROMAN_HINDI = 6;
const ENGLISH = 7;
const CLASSES = new TokenMemo<number>();

function classOf(t: NormalisedToken): number {
  const known = CLASSES.get(t);
  if (known !== undefined) return known;
  const w = t.word;
  let c = NOTHING;
  if (t.script === 'deva') {
    const inHi = HINDI_WORDS.has(w);
    const inMr = MARATHI_WORDS.has(w);
    if (inHi && !inMr) c = HINDI;
    else if (inMr && !inHi) c = MARATHI;
    else if (!inHi && !inMr && w.length > 2) c = MARATHI_ENDINGS.test(w) ? MARATHI_ENDING : HINDI_ENDINGS.test(w) ? HINDI_ENDING : NOTHING;
  } else if (t.script === 'latin') {
    // "me"/"he" lean Hindi only beside other Hindi; counted a quarter for both.
    c = AMBIGUOUS.has(w) ? SHARED_LATIN : HINGLISH_WORDS.has(w) ? ROMAN_HINDI : ENGLISH_WORDS.has(w) ? ENGLISH : NOTHING;
  }
  CLASSES.set(t, c);
  return c;
}

/** Identify the language of a message from its normalised words. */
export function identifyLanguage(tokens: readonly NormalisedToken[]): LanguageGuess {
  let deva = 0;
  let latin = 0;
  let hi = 0;
  let mr = 0;
  let romanHi = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.script === 'deva') deva += 1;
    else if (t.script === 'latin') latin += 1;
    else continue;
    switch (classOf(t)) {
      case HINDI: hi += 1; break;
      case MARATHI: mr += 1; break;
      case MARATHI_ENDING: mr += 0.5; break;
      case HINDI_ENDING: hi += 0.5; break;
      case SHARED_LATIN: romanHi += 0.25; en += 0.25; break;
      case ROMAN_HINDI: romanHi += 1; break;
      case ENGLISH: en += 1; break;
      default: break;
    }
  }
  if (deva > 0 && deva >= latin * 0.5) {
    // Hindi is the more common on the desk, so a tie goes to it.
    const language: Language = mr > hi ? 'mr' : 'hi';
    return { language, evidence: `language: hindi ${hi} vs marathi ${mr} function words` };
  }
  // Romanised Hindi borrows English nouns freely but keeps its own grammar words, so a modest share of
  // Hindi function words already makes a message hi-Latn.
  const language: Language = romanHi >= 2 && romanHi >= en * 0.8 ? 'hi-Latn' : romanHi > en ? 'hi-Latn' : 'en';
  return { language, evidence: `language: romanised hindi ${romanHi} vs english ${en} function words` };
}
