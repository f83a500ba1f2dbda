/**
 * The automatic acknowledgement a citizen gets for a new ticket, in their language.
 * It carries the reference and nothing the citizen wrote, so it is safe on a public channel.
 */
import type { Language, Priority } from '../triage/triage.types.js';

interface AckTexts {
  received: (reference: string) => string;
  /** Public channels: never echo details, ask for them privately. */
  publicReceived: (reference: string) => string;
  emergency: string;
  /** The first message held no report (a greeting, /start): ask what happened and where. */
  askDetails: (reference: string) => string;
  /** A later message made the report urgent: 112 first, and the desk is told. */
  nowUrgent: (reference: string) => string;
  /** A message Chowki cannot read (a contact card, a sticker, a poll): what it can read instead. */
  unsupported: string;
  /** The reference of the conversation's open ticket, after `unsupported`. */
  yourReference: (reference: string) => string;
}

/**
 * hi-Latn (romanised Hindi) gets Hindi in Latin script: the citizen chose to write Hindi in
 * Latin letters, often because their keyboard or phone has no Devanagari; English would be read
 * by fewer of them than their own words in their own script.
 */
const TEXTS: Record<Language, AckTexts> = {
  en: {
    received: (r) => `We have received your report. Your reference is ${r}. An officer will look into it; reply here with any more details.`,
    publicReceived: (r) =>
      `We have received your report, reference ${r}. Please do not post phone numbers or addresses in public: send the details to us by direct message.`,
    emergency: 'If you are in danger now, call 112.',
    askDetails: (r) =>
      `Namaste, this is the police desk. Please tell us what happened and where: the area, a landmark, or share your location. Your reference is ${r}. If you are in danger now, call 112.`,
    nowUrgent: (r) => `If you are in danger now, call 112. Your report ${r} has been marked urgent and officers are being told now.`,
    unsupported:
      'Sorry, we cannot read this kind of message (a contact card, a sticker, a poll or the like). We can read text, photos, voice notes and a shared location: please write what happened and where, or send a photo, a voice note or your location. If you are in danger now, call 112.',
    yourReference: (r) => `Your reference is ${r}.`,
  },
  hi: {
    received: (r) => `हमें आपकी शिकायत मिल गई है। आपका संदर्भ क्रमांक ${r} है। एक अधिकारी इसे देखेंगे; और जानकारी के लिए यहीं उत्तर दें।`,
    publicReceived: (r) =>
      `हमें आपकी शिकायत मिल गई है, संदर्भ क्रमांक ${r}। कृपया फ़ोन नंबर या पता सार्वजनिक रूप से न लिखें: विवरण हमें डायरेक्ट मैसेज से भेजें।`,
    emergency: 'यदि आप अभी खतरे में हैं, तो तुरंत 112 पर कॉल करें।',
    askDetails: (r) =>
      `नमस्ते, यह पुलिस डेस्क है। कृपया बताइए क्या हुआ और कहाँ: इलाका, कोई पहचान की जगह, या अपनी लोकेशन भेजें। आपका संदर्भ क्रमांक ${r} है। यदि आप अभी खतरे में हैं, तो 112 पर कॉल करें।`,
    nowUrgent: (r) => `यदि आप अभी खतरे में हैं, तो तुरंत 112 पर कॉल करें। आपकी शिकायत ${r} को तत्काल माना गया है और अधिकारियों को अभी सूचना दी जा रही है।`,
    unsupported:
      'क्षमा करें, हम इस तरह का संदेश (कॉन्टैक्ट कार्ड, स्टिकर, पोल आदि) नहीं पढ़ सकते। हम लिखा हुआ संदेश, फ़ोटो, वॉइस नोट और भेजी गई लोकेशन पढ़ सकते हैं: कृपया लिखकर बताइए क्या हुआ और कहाँ, या फ़ोटो, वॉइस नोट या अपनी लोकेशन भेजें। यदि आप अभी खतरे में हैं, तो 112 पर कॉल करें।',
    yourReference: (r) => `आपका संदर्भ क्रमांक ${r} है।`,
  },
  mr: {
    received: (r) => `आम्हाला तुमची तक्रार मिळाली आहे. तुमचा संदर्भ क्रमांक ${r} आहे. एक अधिकारी याची दखल घेतील; अधिक माहितीसाठी येथेच उत्तर द्या.`,
    publicReceived: (r) =>
      `आम्हाला तुमची तक्रार मिळाली आहे, संदर्भ क्रमांक ${r}. कृपया फोन नंबर किंवा पत्ता सार्वजनिकपणे लिहू नका: तपशील आम्हाला डायरेक्ट मेसेजने पाठवा.`,
    emergency: 'तुम्ही आत्ता धोक्यात असाल तर लगेच 112 वर कॉल करा.',
    askDetails: (r) =>
      `नमस्कार, हा पोलीस डेस्क आहे. कृपया काय घडले आणि कुठे ते सांगा: परिसर, जवळची खूण, किंवा तुमचे लोकेशन पाठवा. तुमचा संदर्भ क्रमांक ${r} आहे. तुम्ही आत्ता धोक्यात असाल तर 112 वर कॉल करा.`,
    nowUrgent: (r) => `तुम्ही आत्ता धोक्यात असाल तर लगेच 112 वर कॉल करा. तुमची तक्रार ${r} तातडीची म्हणून नोंदवली आहे आणि अधिकाऱ्यांना आत्ताच कळवले जात आहे.`,
    unsupported:
      'क्षमस्व, आम्ही या प्रकारचा संदेश (संपर्क कार्ड, स्टिकर, पोल इत्यादी) वाचू शकत नाही. आम्ही लिहिलेला संदेश, फोटो, व्हॉइस नोट आणि पाठवलेले लोकेशन वाचू शकतो: कृपया काय घडले आणि कुठे ते लिहून सांगा, किंवा फोटो, व्हॉइस नोट किंवा तुमचे लोकेशन पाठवा. तुम्ही आत्ता धोक्यात असाल तर 112 वर कॉल करा.',
    yourReference: (r) => `तुमचा संदर्भ क्रमांक ${r} आहे.`,
  },
  'hi-Latn': {
    received: (r) => `Aapki shikayat humein mil gayi hai. Aapka reference number ${r} hai. Ek adhikari ise dekhenge; aur jaankari ke liye yahin reply karein.`,
    publicReceived: (r) =>
      `Aapki shikayat humein mil gayi hai, reference ${r}. Kripya phone number ya pata public mein na likhein: details humein direct message se bhejein.`,
    emergency: 'Agar aap abhi khatre mein hain, to turant 112 par call karein.',
    askDetails: (r) =>
      `Namaste, yeh police desk hai. Kripya batayein kya hua aur kahan: ilaka, koi pehchaan ki jagah, ya apni location bhejein. Aapka reference number ${r} hai. Agar aap abhi khatre mein hain, to 112 par call karein.`,
    nowUrgent: (r) => `Agar aap abhi khatre mein hain, to turant 112 par call karein. Aapki shikayat ${r} ko urgent mana gaya hai aur adhikariyon ko abhi bataya ja raha hai.`,
    unsupported:
      'Maaf kijiye, hum is tarah ka message (contact card, sticker, poll aadi) nahin padh sakte. Hum likha hua message, photo, voice note aur bheji gayi location padh sakte hain: kripya likh kar batayein kya hua aur kahan, ya photo, voice note ya apni location bhejein. Agar aap abhi khatre mein hain, to 112 par call karein.',
    yourReference: (r) => `Aapka reference number ${r} hai.`,
  },
};

/** The acknowledgement text for a new ticket: reference, a private-message request on public channels, 112 for p1. */
export function composeAcknowledgement(input: { language: Language; priority: Priority; reference: string; isPublic: boolean }): string {
  const t = TEXTS[input.language];
  const body = input.isPublic ? t.publicReceived(input.reference) : t.received(input.reference);
  // The emergency advice goes first: on a small screen it is the line that must be read.
  return input.priority === 'p1' ? `${t.emergency} ${body}` : body;
}

/**
 * The answer to a conversation's opener that holds no report: what happened and where. A bot command
 * (/start) tells nothing of the citizen's language, so it asks in English, Hindi and Marathi.
 */
export function composeDetailsRequest(input: { language: Language | null; reference: string }): string {
  if (input.language) return TEXTS[input.language].askDetails(input.reference);
  return [TEXTS.en.askDetails(input.reference), TEXTS.hi.askDetails(input.reference), TEXTS.mr.askDetails(input.reference)].join('\n\n');
}

/** The message to a citizen whose conversation became urgent after the first acknowledgement. */
export function composeUrgentFollowUp(input: { language: Language; reference: string }): string {
  return TEXTS[input.language].nowUrgent(input.reference);
}

/**
 * The answer to a message Chowki cannot read (a contact card, a sticker, a poll, dice): what it can read.
 * Without a known language (a sticker says nothing of it) it answers in English, Hindi and Marathi.
 */
export function composeUnsupportedReply(input: { language: Language | null; reference: string | null }): string {
  const one = (l: Language) => (input.reference ? `${TEXTS[l].unsupported} ${TEXTS[l].yourReference(input.reference)}` : TEXTS[l].unsupported);
  if (input.language) return one(input.language);
  return [one('en'), one('hi'), one('mr')].join('\n\n');
}
