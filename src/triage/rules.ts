/**
 * Rules an officer can read, for what must never be missed: weapons, "now", injuries, fire, a child
 * missing, a woman followed, a suspicious bag. They lift priority to p1, settle the ties of
 * TAXONOMY.md ("the one that needs police action first wins") and raise the spam/abuse/bulk flags.
 * Each word family is matched on a loosely folded form of the word (long vowels and doubled letters
 * shortened, nukta dropped), so "chaaku", "chakoo" and "चाक़ू" match, but not on the model's skeleton,
 * which is too loose for rules ("rod" and "road" share one).
 */
import type { Category, Priority } from './triage.types.js';
import type { NormalisedText } from './normalise.js';

// Every family registers its words and phrases in one index, so a message is scanned once for all of
// them (a loop per family made the rules the slowest part of triage).
const FAMILY_COUNT = { n: 0 };
const WORD_INDEX = new Map<string, number[]>();
const PHRASE_INDEX = new Map<string, { family: number; words: string[]; text: string }[]>();
const PHRASE_WORD_RE = /[\p{L}\p{M}]+|\p{N}+/gu;

/** A family of words with the same meaning, in every script and spelling. */
export class WordFamily {
  readonly id: number;

  constructor(
    readonly name: string,
    words: string,
    phrases: string[] = [],
  ) {
    this.id = FAMILY_COUNT.n;
    FAMILY_COUNT.n += 1;
    for (const w of words.split(/\s+/)) {
      if (w.length === 0) continue;
      const key = looseKey(w);
      const ids = WORD_INDEX.get(key) ?? [];
      if (!ids.includes(this.id)) ids.push(this.id);
      WORD_INDEX.set(key, ids);
    }
    for (const p of phrases) {
      // Split like the normaliser does ("can't" is "can" + "t"), so phrases meet the message's words.
      const parts = (p.normalize('NFC').toLowerCase().match(PHRASE_WORD_RE) ?? []).map(looseKey);
      const first = parts[0];
      if (first === undefined) continue;
      const list = PHRASE_INDEX.get(first) ?? [];
      list.push({ family: this.id, words: parts, text: p });
      PHRASE_INDEX.set(first, list);
    }
  }

  /** The first word or phrase of the message in this family, or null. */
  find(msg: MessageView): string | null {
    return msg.hits[this.id] ?? null;
  }
}

/** The message as the rules read it. */
export interface MessageView {
  norm: NormalisedText;
  /** For each word family (by id), the first word or phrase of the message in it. */
  hits: (string | null)[];
}

/** Fold a word for rule matching: lower case, long vowels and doubled letters shortened, nukta dropped. */
export function looseKey(word: string): string {
  const cached = LOOSE_KEYS.get(word);
  if (cached !== undefined) return cached;
  const key = word
    .toLowerCase()
    .replace(/\u093C/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
  // A bounded memo: the same few thousand words come back in every message.
  if (LOOSE_KEYS.size >= 50_000) LOOSE_KEYS.clear();
  LOOSE_KEYS.set(word, key);
  return key;
}
const LOOSE_KEYS = new Map<string, string>();

/** Scan a normalised message once for every word family. */
export function viewMessage(norm: NormalisedText): MessageView {
  const hits: (string | null)[] = new Array<string | null>(FAMILY_COUNT.n).fill(null);
  const keys = norm.tokens.map((t) => looseKey(t.word));
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    const word = norm.tokens[i]?.word ?? null;
    for (const id of WORD_INDEX.get(key) ?? []) if (hits[id] === null) hits[id] = word;
    for (const phrase of PHRASE_INDEX.get(key) ?? []) {
      if (hits[phrase.family] !== null) continue;
      let ok = true;
      for (let j = 1; j < phrase.words.length && ok; j += 1) ok = keys[i + j] === phrase.words[j];
      if (ok) hits[phrase.family] = phrase.text;
    }
  }
  return { norm, hits };
}

export const NOW = new WordFamily(
  'happening now',
  'now abhi abi abhie अभी आत्ता अत्ता atta aatta currently ongoing happening सुरू chalu चालू',
  ['right now', 'just now', 'abhi abhi', 'अभी अभी', 'at the moment', 'as we speak', 'chal rahi hai', 'chal raha hai',
    'chal rahe hai', 'चल रही है', 'चल रहा है', 'ho raha hai', 'ho rahi hai', 'हो रहा है', 'हो रही है', 'सुरू आहे',
    'chalu aahe', 'chalu ahe', 'suru aahe', 'suru ahe', 'is going on', 'going on', 'kar rahe hai', 'kar raha hai',
    'kar rahe hain', 'कर रहे हैं', 'कर रहा है', 'करत आहेत', 'करत आहे', 'abhi bhi', 'still there', 'still here',
    'abhi yahi', 'is following', 'are following', 'is being', 'are fighting', 'is fighting', 'minutes ago', 'min ago',
    'mins ago', 'few minutes', '5 min', '10 min', 'मिनिटांपूर्वी', 'मिनट पहले', 'min pehle', 'minute pehle']);
export const URGE = new WordFamily(
  'asks for help now',
  'turant तुरंत तुरन्त jaldi जल्दी jldi ताबडतोब tabadtob लवकर asap immediately urgent urgently emergency bachao बचाओ ' +
    'वाचवा vachva bachaiye sos 112',
  ['send police', 'police bhejo', 'police bhejiye', 'पुलिस भेजो', 'पुलिस भेजिए', 'पोलीस पाठवा', 'पोलिस पाठवा', 'help me',
    'please help', 'pls help', 'plz help', 'send help', 'send someone', 'come fast', 'come quickly']);
export const PAST = new WordFamily(
  'in the past',
  'yesterday kal कल काल parso परसों ago pehle pahle पहले पूर्वी last earlier previous previously overnight ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  ['last week', 'last night', 'last month', 'din pehle', 'दिन पहले', 'few days', 'days back', 'दिवसांपूर्वी',
    'kal raat', 'कल रात', 'काल रात्री', 'mahine se', 'din se', 'दिन से', 'दिवसांपासून', 'for a week', 'for weeks',
    'for months', 'every day', 'every night', 'roz', 'रोज', 'daily', 'har roz', 'रोज रात्री']);
// "abhi tak" (until now) and "as of now" speak of a delay, not of something happening now.
const NOT_NOW = new WordFamily('not now', '', ['abhi tak', 'अभी तक', 'till now', 'until now', 'as of now', 'by now', 'आत्तापर्यंत', 'ab tak',
  'अब तक', 'still not', 'still no', 'abhi tak nahi', 'now its', "now it's", 'now it is', 'even now', 'up till now']);

export const WEAPON = new WordFamily(
  'weapon',
  'knife knives chaku chaaku chakoo चाकू चाक़ू सुरा सुरी talwar talvar तलवार तलवारी sword swords gun guns pistol ' +
    'revolver katta कट्टा tamancha तमंचा rod rods रॉड lathi lathis लाठी लाठ्या danda dande डंडा डंडे axe kulhadi ' +
    'कुल्हाड़ी कुऱ्हाड koyta koita कोयता कोयते sickle hathiyar हथियार शस्त्र firing fired goli गोली bullet gunshot ' +
    'acid एसिड ॲसिड chopper blade bat bats hockey',
);
export const INJURY = new WordFamily(
  'injured',
  'injured injury injuries hurt bleeding blood bloody khoon khun खून रक्त jakhmi jakhami जखमी ghayal घायल ' +
    'unconscious behosh बेहोश बेशुद्ध dead died death maut मौत मृत्यू मौके fracture serious critical lahuluhan ' +
    'लहूलुहान रक्तबंबाळ wounded stabbed chot चोट जख्मी zakhmi ghayel ghayl jakhmi injred injurd bleding',
  ['sir phat', 'सिर फट', 'डोकं फुटलं', 'head injury', 'not moving', 'hil nahi'],
);
// "Nobody hurt", "koi ghayal nahi", "कोणी जखमी नाही": the injury word is there, the injury is not.
const NO_INJURY = new WordFamily('no injury', '', ['nobody hurt', 'no one hurt', 'noone hurt', 'no one injured', 'nobody injured', 'no injuries',
  'no injury', 'not injured', 'not hurt', 'koi hurt nahi', 'koi ghayal nahi', 'koi ghayal nhi', 'koi injured nahi',
  'koi zakhmi nahi', 'कोई घायल नहीं', 'कोई हताहत नहीं', 'कोणी जखमी नाही', 'कोणीही जखमी नाही', 'jakhmi nahi', 'ghayal nahi',
  'only damage', 'sirf nuksan', 'no casualties', 'safe hai', 'everyone is safe', 'all safe', 'सब सुरक्षित']);

export const FIRE = new WordFamily(
  'fire',
  'fire aag आग blaze burning smoke धुआं धुआँ धूर blast explosion विस्फोट स्फोट',
  ['aag lagi', 'आग लगी', 'आग लागली', 'on fire', 'caught fire', 'cylinder blast'],
);
export const CHILD = new WordFamily(
  'child',
  'child children kid kids boy girl son daughter baby baccha bachcha bacha bachha bacchi bachi beta beti बच्चा ' +
    'बच्ची बच्चे बेटा बेटी मुलगा मुलगी मुलं मुले बाळ chhota chota nanha minor toddler student school',
);
export const MISSING = new WordFamily(
  'missing',
  'missing lost gum गुम gayab gaayab गायब lapata laapata लापता हरवला हरवली हरवले हरवलाय हरवलेत बेपत्ता bepatta harvala ' +
    'harvali harawla whereabouts untraceable गुमशुदा gumshuda',
  ['not returned', 'nahi aaya', 'nahi aayi', 'nahi lauta', 'nahi lauti', 'ghar nahi', 'घर नहीं आया', 'घर नहीं आई',
    'परत आला नाही', 'परत आली नाही', 'घरी आला नाही', 'घरी आली नाही', 'cannot find', "can't find", 'cant find',
    'not come back', 'not back home', 'did not return', "didn't return", 'not found', 'kho gaya', 'kho gayi', 'kho gya',
    'खो गया', 'खो गई', 'खो गयी', 'आले नाहीत', 'आल्या नाहीत', 'परत आले नाहीत', 'परत आल्या नाहीत', 'वापस नहीं आया',
    'वापस नहीं आई', 'wapas nahi aaya', 'wapas nahi aayi', 'vapas nahi aaya', 'ghar nahi aaya', 'ghar nahi aayi',
    'parat aala nahi', 'parat aali nahi', "isn't back", 'is not back', 'not back yet', 'परतली नाही', 'परतला नाही',
    'lauta nahi', 'lauti nahi', 'nahi lauti', 'नहीं लौटा', 'नहीं लौटी', 'not reached home', 'has not reached', 'gharee aala nahi', 'has not returned', 'hasn\'t returned', 'not returned home'],
);
export const RECENT = new WordFamily(
  'recently',
  'today aaj आज आज़ morning subah सुबह sakali सकाळी सकाळपासून evening shaam sham शाम संध्याकाळी hours ghante ghanton ' +
    'घंटे घंटों तासांपासून tasapasun tonight',
  ['since morning', 'since evening', 'since afternoon', 'subah se', 'सुबह से', 'sham se', 'शाम से', 'dopahar se',
    'दोपहर से', 'school se', 'स्कूल से', 'tuition se', 'शाळेतून'],
);
// The person is back or has been found: a report to close or a family to trace, not a search to start now.
export const FOUND = new WordFamily(
  'found or returned',
  'found mila mili mil सापडला सापडली सापडले मिला मिली मिल गया returned',
  ['came back', 'come back home', 'is back', 'back home', 'mil gaya', 'mil gayi', 'mil gya', 'मिल गया', 'मिल गई',
    'परत आला', 'परत आली', 'परत आले', 'घरी आले', 'wapas aa gaya', 'wapas aa gayi', 'ghar aa gaya', 'close the case',
    'close the complaint', 'is safe', 'are safe', 'सुरक्षित है', 'सुखरूप'],
);
export const FEAR = new WordFamily(
  'afraid, alone',
  'scared afraid frightened terrified alone akeli akela अकेली घाबरली घाबरले डरी डर dar darr ghabrayi',
  ['keeps circling', 'keeps following', 'still following', 'still behind', 'peeche peeche', 'पीछे पीछे'],
);
export const DOWRY = new WordFamily('dowry', 'dowry dahej dahez दहेज हुंडा हुंड्यासाठी hunda hundya sasural ससुराल सासरचे sasarche');
export const FOLLOWED = new WordFamily(
  'a woman followed',
  'follow follows following followed peecha pichha picha पीछा पाठलाग pathlag stalking stalker stalks stalked ' +
    'chhed chhedkhani छेड़ छेड़छाड़ छेडछाड छेड teasing teased molest molested molesting grope groped touching छेड़ते ' +
    'harass harassing harassed harassment chhoo chhu chhua touched groping zabardasti जबरदस्ती molestation ' +
    'misbehaving छेड़खानी छेडखानी',
);
export const WOMAN = new WordFamily(
  'woman',
  'woman women girl girls lady ladies ladki ladkiyan ladkiyon mahila mahilao महिला महिलाओं लड़की लड़कियों लड़कियां ' +
    'मुलगी मुली महिलांना स्त्री बाई sister behen bahan बहन बहीण wife biwi patni पत्नी बायको mother maa aai आई माँ ' +
    'daughter beti बेटी mulgi muli she her',
);
export const SUSPICIOUS_OBJECT = new WordFamily(
  'suspicious object',
  'unattended lavaris lawaris लावारिस bewaris बेवारस bomb बम बॉम्ब explosive explosives wires detonator',
  ['bag lying', 'bag pada', 'bag padi', 'बैग पड़ा', 'बैग पडा', 'पिशवी पडली', 'बॅग पडली', 'left a bag', 'left behind a bag',
    'suspicious bag', 'suspicious box', 'suspicious parcel', 'sandigdh bag', 'संदिग्ध बैग', 'संशयास्पद बॅग',
    'suitcase lying', 'lying unattended', 'nobody has touched', 'no one has claimed', 'nobody claimed', 'koi lene nahi',
    'thaili padi', 'सुटकेस पडली', 'bag padi hai', 'bag pada hai', 'बैग पड़ा है', 'बॅग पडली आहे', 'wire dikh'],
);
export const ACCIDENT = new WordFamily(
  'accident',
  'accident accidents takkar टक्कर धडक dhadak dhadaka collided collision overturned palti पलटी ulti crashed crash ' +
    'अपघात apghat अपघातात दुर्घटना durghatna hadsa हादसा hit rammed',
  ['ran over', 'run over', 'kuchal diya', 'कुचल दिया', 'उडवले', 'udavla', 'thok diya', 'ठोक दिया'],
);
export const FIGHT = new WordFamily(
  'fight',
  'fight fighting fights brawl maramari marpit maarpit marpeet मारपीट मारामारी हाणामारी hanamari jhagda jhagada ' +
    'झगड़ा भांडण bhandan riot rioting danga दंगा pathrav पथराव dagadfek दगडफेक stone pelting beating beaten ' +
    'attack attacked attacking hamla हमला हल्ला halla',
);
export const BREAK_IN = new WordFamily(
  'break-in in progress',
  'ghus ghuse ghusa ghusi घुस घुसे घुसा घुसले घुसलेत',
  ['breaking in', 'breaking into', 'broke in', 'trying to break', 'on the roof', 'chhat par', 'छत पर', 'gate tod',
    'lock tod', 'ताला तोड़', 'कुलूप तोड', 'someone inside', 'somebody inside', 'koi andar', 'कोई अंदर', 'कोणीतरी आत'],
);
export const ROBBERY = new WordFamily(
  'robbery',
  'robbed robbery loot looted lootpat लूट लूटपाट लुटले lutla lutle snatched snatch chheena chheen छीना छीन हिसकावले ' +
    'hiskavla',
);

const SPAM = new WordFamily(
  'advertising',
  'earn earning income loan loans offer offers discount cashback followers likes subscribe subscribers ' +
    'investment invest crypto bitcoin profit guaranteed lottery casino betting satta jackpot admission sale ' +
    'franchise dealership seo promotion promote kamao kamaye कमाएं कमाओ कमवा डिस्काउंट ऑफर लोन',
  ['work from home', 'ghar baithe', 'घर बैठे', 'dm for', 'dm me', 'call now', 'click here', 'limited offer',
    'buy now', 'best price', 'per day', 'daily income', 'contact for', 'whatsapp me', 'join our'],
);
const ABUSE = new WordFamily(
  'abuse',
  'idiot idiots stupid bastard bastards fuck fucking fuckers shit bullshit bitch asshole moron chutiya chutiye ' +
    'madarchod mc bc bhenchod behenchod bsdk bhosdike bhosdi gandu harami haramkhor kamine kamina kutte kutta ' +
    'saale sale saala suar nalayak nikamme nikamma चूतिया हरामी कमीने कुत्ते साले सालो नालायक निकम्मे हरामखोर ' +
    'भडवे भिकारचोट zavnya bhadve',
);
const BULK = new WordFamily(
  'chain message',
  'forward forwarded fwd',
  ['share maximum', 'share this', 'forward to', 'forward this', 'maximum share', 'ज्यादा से ज्यादा शेयर',
    'जास्तीत जास्त शेअर', 'share karo', 'share kare', 'viral karo', 'as received'],
);

/** What the rules found in a message, for the decision and for `reasons`. */
export interface Signals {
  now: string | null;
  found: string | null;
  fear: string | null;
  urge: string | null;
  past: string | null;
  weapon: string | null;
  injury: string | null;
  fire: string | null;
  child: string | null;
  missing: string | null;
  recent: string | null;
  followed: string | null;
  dowry: string | null;
  woman: string | null;
  suspiciousObject: string | null;
  accident: string | null;
  fight: string | null;
  breakIn: string | null;
  robbery: string | null;
  spam: string | null;
  abuse: string | null;
  bulk: string | null;
}

/** Find every signal the rules know in a message. */
export function readSignals(msg: MessageView): Signals {
  const notNow = NOT_NOW.find(msg) !== null;
  return {
    now: notNow ? null : NOW.find(msg),
    found: FOUND.find(msg),
    fear: FEAR.find(msg),
    urge: URGE.find(msg),
    past: PAST.find(msg),
    weapon: WEAPON.find(msg),
    injury: NO_INJURY.find(msg) !== null ? null : INJURY.find(msg),
    fire: FIRE.find(msg),
    child: CHILD.find(msg),
    missing: MISSING.find(msg),
    recent: RECENT.find(msg),
    followed: FOLLOWED.find(msg),
    dowry: DOWRY.find(msg),
    woman: WOMAN.find(msg),
    suspiciousObject: SUSPICIOUS_OBJECT.find(msg),
    accident: ACCIDENT.find(msg),
    fight: FIGHT.find(msg),
    breakIn: BREAK_IN.find(msg),
    robbery: ROBBERY.find(msg),
    spam: SPAM.find(msg),
    abuse: ABUSE.find(msg),
    bulk: BULK.find(msg),
  };
}

export interface RuleDecision {
  category: Category;
  priority: Priority;
  reasons: string[];
  flags: string[];
}

// Categories where a life or a crime in progress can be at stake; the others never become p1 by rule.
const EMERGENCY: ReadonlySet<Category> = new Set<Category>([
  'violence', 'women_safety', 'accident', 'suspicious', 'missing_person', 'theft', 'nuisance',
]);
// Replies, questions and chatter: no police action, so p3 whatever the priority head says.
const REPLY_ONLY: ReadonlySet<Category> = new Set<Category>(['information', 'feedback', 'other']);

/** Apply the officer-readable rules on top of the model's category and priority. */
export function applyRules(s: Signals, modelCategory: Category, modelPriority: Priority): RuleDecision {
  const reasons: string[] = [];
  const flags: string[] = [];
  let category = modelCategory;

  // Ties, as TAXONOMY.md settles them: the one that needs police action first wins.
  if (category === 'theft' && s.weapon !== null) {
    category = 'violence';
    reasons.push(`rule: theft with a weapon ("${s.weapon}") is violence`);
  }
  if ((category === 'nuisance' || category === 'suspicious') && s.woman !== null && s.followed !== null) {
    category = 'women_safety';
    reasons.push(`rule: a woman harassed ("${s.followed}") comes before the ${modelCategory}`);
  }
  if (category === 'violence' && s.weapon === null && (s.dowry !== null || (s.woman !== null && s.followed !== null))) {
    category = 'women_safety';
    reasons.push(`rule: dowry or harassment of a woman ("${s.dowry ?? s.followed}") is women_safety`);
  }
  // Injury words pull toward accident; without any accident word, a weapon or a fight is violence.
  if (category === 'accident' && s.accident === null && s.fire === null && (s.weapon !== null || s.fight !== null || s.robbery !== null)) {
    category = 'violence';
    reasons.push(`rule: "${s.weapon ?? s.fight ?? s.robbery}" without a collision is violence`);
  }
  if ((category === 'suspicious' || category === 'theft' || category === 'other') && (s.accident !== null || s.fire !== null) && s.weapon === null) {
    category = 'accident';
    reasons.push(`rule: "${s.accident ?? s.fire}" is an accident`);
  }
  if (category === 'traffic' && s.accident !== null && s.injury !== null) {
    category = 'accident';
    reasons.push(`rule: a collision with injury ("${s.accident}", "${s.injury}") is an accident`);
  }
  if ((category === 'traffic' || category === 'other' || category === 'nuisance' || category === 'theft') && s.weapon !== null && s.now !== null) {
    category = 'violence';
    reasons.push(`rule: a weapon now ("${s.weapon}") is violence`);
  }
  if (category !== 'missing_person' && s.child !== null && s.missing !== null && s.found === null && s.weapon === null) {
    category = 'missing_person';
    reasons.push(`rule: a child missing ("${s.missing}") comes first`);
  }

  let priority = modelPriority;
  const lift = (why: string): void => {
    if (priority !== 'p1') reasons.push(`rule: ${why} → p1`);
    else reasons.push(`rule: ${why}`);
    priority = 'p1';
  };
  const current = s.now !== null || (s.urge !== null && s.past === null);
  if (EMERGENCY.has(category)) {
    if (s.weapon !== null && (current || s.past === null)) lift(`weapon ("${s.weapon}")${current ? ' now' : ''}`);
    if (s.injury !== null && (current || s.past === null) && category !== 'traffic') lift(`injured ("${s.injury}")`);
    if (s.fire !== null && (current || s.past === null)) lift(`fire ("${s.fire}")`);
    if (category === 'missing_person' && s.missing !== null && s.found === null && (s.child !== null || s.recent !== null || current)) {
      lift(`${s.child !== null ? 'a child' : 'a person'} missing ("${s.missing}")`);
    }
    // Followed now, or followed and afraid while it goes on; "for a week" (a past marker) is stalking, p2.
    const ongoing = current || (s.fear !== null && s.past === null);
    if (s.followed !== null && (category === 'women_safety' || s.woman !== null) && ongoing) {
      lift(`a woman followed or harassed now ("${s.followed}")`);
    }
    if (s.suspiciousObject !== null) lift(`suspicious object ("${s.suspiciousObject}")`);
    const fightCategory = category === 'violence' || category === 'women_safety';
    if (fightCategory && (s.fight !== null || s.robbery !== null) && s.now !== null) lift(`violence in progress ("${s.fight ?? s.robbery}", "${s.now}")`);
    if (s.breakIn !== null && current) lift(`break-in in progress ("${s.breakIn}")`);
    if (category === 'women_safety' && s.now !== null) lift(`a woman in danger now ("${s.now}")`);
    if (category === 'theft' && s.now !== null) lift(`theft in progress or just now ("${s.now}")`);
    if (category === 'accident' && s.injury !== null) lift(`accident with injury ("${s.injury}")`);
  }
  if (REPLY_ONLY.has(category) && priority !== 'p3') {
    priority = 'p3';
    reasons.push(`rule: ${category} needs only a reply → p3`);
  }

  if (category === 'other' && s.spam !== null) flags.push('spam');
  if (s.abuse !== null) flags.push('abuse');
  if (s.bulk !== null) flags.push('bulk');
  if (flags.length > 0) reasons.push(`flags: ${flags.join(', ')} ("${s.spam ?? s.abuse ?? s.bulk ?? ''}")`);
  return { category, priority, reasons, flags };
}
