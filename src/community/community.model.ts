/**
 * Community's vocabulary (DESIGN.md, Community): group kinds, how consent was given, what a member's
 * message means (join, leave, a check-in answer), and the texts the community sends in each language.
 * Pure: no store, no I/O, so that intake and the web can read it too.
 */

/** The kinds every force has; a city may add its own (`communityGroupKinds` in city.json). */
export const GROUP_KINDS = ['senior_citizens', 'women', 'police_mitra', 'traders', 'students'] as const;
export type GroupKind = string;

/** How a member's consent was recorded: by their own message, on the station's web page, or by an officer. */
export const CONSENT_METHODS = ['message', 'web', 'officer_in_person', 'officer_written', 'officer_phone'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const MEMBER_STATUSES = ['active', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** The channels a community reaches people on: the private chat channels. */
export const COMMUNITY_CHANNELS = ['whatsapp', 'telegram'] as const;
export type CommunityChannel = (typeof COMMUNITY_CHANNELS)[number];

export const COMMUNITY_LANGUAGES = ['en', 'hi', 'mr'] as const;
export type CommunityLanguage = (typeof COMMUNITY_LANGUAGES)[number];

/** station: one station's groups; zone: every station's groups of some kinds in a zone; city: the whole force. */
export const BROADCAST_SCOPES = ['station', 'zone', 'city'] as const;
export type BroadcastScope = (typeof BROADCAST_SCOPES)[number];

/** awaiting_approval until an officer of the rank the scope needs approves; queued once its rows are in the outbox; cancelled stops what is not yet sent. */
export const BROADCAST_STATUSES = ['awaiting_approval', 'queued', 'cancelled'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** yes ("1"), help ("2"), problem (a reply triage reads as a report), ok (any other reply), none (no reply in time). */
export const CHECKIN_ANSWERS = ['yes', 'help', 'problem', 'ok', 'none'] as const;
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

/** text inside WhatsApp's 24-hour window (and always on Telegram); template outside it. */
export const DELIVERY_MODES = ['text', 'template'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];


/** The approved WhatsApp template a broadcast or check-in uses outside the 24-hour window: {{1}} the station, {{2}} the text. */
export const COMMUNITY_TEMPLATE = 'community_notice';

export type CommunityCommand =
  | { kind: 'join'; code: string; language: CommunityLanguage }
  | { kind: 'stop'; language: CommunityLanguage }
  | { kind: 'answer'; answer: '1' | '2' };

const JOIN_WORDS: Array<[RegExp, CommunityLanguage]> = [
  [/^(join|jion|joint|subscribe|start)$/i, 'en'],
  // Hindi: जॉइन/जोइन/जुड़ें; Marathi: सामील/सामिल/जोडा.
  [/^(जॉइन|जॉईन|जोइन|ज्वाइन|ज्वॉइन|जुड़ें|जुडें|जुड़ो|जुड़ना)$/u, 'hi'],
  [/^(सामील|सामिल|जोडा|सहभागी)$/u, 'mr'],
  [/^(judo|juden|judna|jodo|jodna)$/i, 'hi'],
  [/^(samil|sameel|sahbhagi)$/i, 'mr'],
];

const STOP_WORDS: Array<[RegExp, CommunityLanguage]> = [
  [/^(stop|unsubscribe|leave|quit|cancel|end|stopall)$/i, 'en'],
  [/^(बंद|रोको|रोकें|हटाओ|बंद\s*करो|बंद\s*करें)$/u, 'hi'],
  [/^(थांबा|थांबवा|बंद\s*करा|नको)$/u, 'mr'],
  [/^(band|bund|band\s*karo|roko|hatao)$/i, 'hi'],
  [/^(thamba|thambva|band\s*kara|nako)$/i, 'mr'],
];

/** Lower case, no punctuation at the ends, one space between words; Devanagari kept as written (NFC). */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/gu, '')
    .trim()
    .replace(/^[\s!.,;:"'()\-–—।॥]+|[\s!.,;:"'()\-–—।॥]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/**
 * What a community message asks, or null for anything else (which becomes a ticket as usual):
 * "JOIN SITABULDI", "जॉइन सीताबर्डी", "सामील सीताबर्डी" join the station named; "STOP", "बंद", "थांबा"
 * leave; "1" or "2" alone answer a check-in. Only the whole message counts, so that "stop the noise
 * at the corner" stays a report.
 */
export function parseCommunityCommand(text: string): CommunityCommand | null {
  const t = normalise(text);
  if (t === '') return null;
  if (t === '1' || t === '१') return { kind: 'answer', answer: '1' };
  if (t === '2' || t === '२') return { kind: 'answer', answer: '2' };
  for (const [re, language] of STOP_WORDS) if (re.test(t)) return { kind: 'stop', language };
  const space = t.indexOf(' ');
  if (space > 0) {
    const first = t.slice(0, space);
    const code = t.slice(space + 1).trim();
    // A code is a station's name: at most three words, so that "join us at the protest near..." is a report.
    if (code !== '' && code.split(' ').length <= 3) {
      for (const [re, language] of JOIN_WORDS) if (re.test(first)) return { kind: 'join', code, language };
    }
  }
  return null;
}

/** How a join code is compared: letters and digits only, lower case, any script. */
export function joinCodeKey(code: string): string {
  return code.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** The station's join code as people type it: its English name, capitals, no spaces. */
export function joinCodeOf(stationNameEn: string): string {
  return stationNameEn.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

type Texts = Record<CommunityLanguage, string>;

const JOINED: Texts = {
  en: 'You have joined the {group} group of {station} police station. Send STOP at any time to leave.',
  hi: 'आप {station} पुलिस स्टेशन के {group} समूह से जुड़ गए हैं। कभी भी छोड़ने के लिए "बंद" भेजें।',
  mr: 'आपण {station} पोलीस ठाण्याच्या {group} गटात सामील झाला आहात. केव्हाही बाहेर पडण्यासाठी "थांबा" पाठवा.',
};

const LEFT: Texts = {
  en: 'You have left the community groups of {station} police station and will get no more messages. Send JOIN {code} to join again.',
  hi: 'आप {station} पुलिस स्टेशन के समुदाय समूहों से हट गए हैं; अब कोई संदेश नहीं आएगा। फिर से जुड़ने के लिए "जॉइन {code}" भेजें।',
  mr: 'आपण {station} पोलीस ठाण्याच्या समुदाय गटांतून बाहेर पडला आहात; यापुढे संदेश येणार नाहीत. पुन्हा सामील होण्यासाठी "सामील {code}" पाठवा.',
};

const UNKNOWN_CODE: Texts = {
  en: 'We could not find a police station called "{code}". Send JOIN followed by your police station\'s name, e.g. JOIN SITABULDI.',
  hi: '"{code}" नाम का पुलिस स्टेशन नहीं मिला। "जॉइन" के बाद अपने पुलिस स्टेशन का नाम भेजें।',
  mr: '"{code}" नावाचे पोलीस ठाणे सापडले नाही. "सामील" नंतर आपल्या पोलीस ठाण्याचे नाव पाठवा.',
};

const CHECKIN: Texts = {
  en: '{station} police: Are you well? Reply 1 for yes, 2 if you need help.',
  hi: '{station} पुलिस: क्या आप ठीक हैं? हाँ के लिए 1, मदद चाहिए तो 2 भेजें।',
  mr: '{station} पोलीस: आपण ठीक आहात का? होय साठी 1, मदत हवी असल्यास 2 पाठवा.',
};

const CHECKIN_THANKS: Texts = {
  en: 'Thank you. {station} police are glad you are well.',
  hi: 'धन्यवाद। {station} पुलिस को खुशी है कि आप ठीक हैं।',
  mr: 'धन्यवाद. आपण ठीक आहात याचा {station} पोलिसांना आनंद आहे.',
};

const CHECKIN_HELP: Texts = {
  en: 'We have told your beat officer, who will contact you soon. In an emergency call 112.',
  hi: 'हमने आपके बीट अधिकारी को सूचित कर दिया है, वे जल्द संपर्क करेंगे। आपात स्थिति में 112 पर कॉल करें।',
  mr: 'आम्ही आपल्या बीट अधिकाऱ्यांना कळवले आहे, ते लवकरच संपर्क करतील. आणीबाणीत 112 वर कॉल करा.',
};

const GROUP_NAMES: Record<string, Texts> = {
  senior_citizens: { en: 'Senior citizens', hi: 'वरिष्ठ नागरिक', mr: 'ज्येष्ठ नागरिक' },
  women: { en: 'Women', hi: 'महिला', mr: 'महिला' },
  police_mitra: { en: 'Police mitra', hi: 'पुलिस मित्र', mr: 'पोलीस मित्र' },
  traders: { en: 'Traders', hi: 'व्यापारी', mr: 'व्यापारी' },
  students: { en: 'Students', hi: 'विद्यार्थी', mr: 'विद्यार्थी' },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** A group kind's name in a language: the five standard kinds', else the city's own (city.json), else the kind as written. */
export function groupName(kind: string, language: CommunityLanguage, cityKinds: readonly CityGroupKind[] = []): string {
  return GROUP_NAMES[kind]?.[language] ?? cityKinds.find((k) => k.kind === kind)?.name[language] ?? kind.replace(/_/g, ' ');
}

export function composeJoined(language: CommunityLanguage, v: { station: string; group: string }): string {
  return fill(JOINED[language], v);
}
export function composeLeft(language: CommunityLanguage, v: { station: string; code: string }): string {
  return fill(LEFT[language], v);
}
export function composeUnknownCode(language: CommunityLanguage, v: { code: string }): string {
  return fill(UNKNOWN_CODE[language], v);
}
export function composeCheckin(language: CommunityLanguage, v: { station: string }): string {
  return fill(CHECKIN[language], v);
}
export function composeCheckinThanks(language: CommunityLanguage, v: { station: string }): string {
  return fill(CHECKIN_THANKS[language], v);
}
export function composeCheckinHelp(language: CommunityLanguage): string {
  return CHECKIN_HELP[language];
}

/** One of the three languages, or English. */
export function communityLanguageOf(code: string | null | undefined): CommunityLanguage {
  return COMMUNITY_LANGUAGES.find((l) => l === code) ?? (code === 'hi-Latn' ? 'hi' : 'en');
}

/** A number or chat id shown to those outside the station that holds the group: its last three digits only. */
export function maskAddress(address: string): string {
  const visible = address.slice(-3);
  return `${'•'.repeat(Math.max(3, address.length - 3))}${visible}`;
}

/** Broadcast templates an SHO starts from; the text is editable before sending. */
export const BROADCAST_TEMPLATES: Record<string, Texts> = {
  fraud_alert: {
    en: 'Beware: callers posing as bank or police officers are asking for OTPs. Never share an OTP. Report fraud on 1930.',
    hi: 'सावधान: बैंक या पुलिस अधिकारी बनकर लोग OTP माँग रहे हैं। कभी OTP साझा न करें। धोखाधड़ी की शिकायत 1930 पर करें।',
    mr: 'सावधान: बँक किंवा पोलीस अधिकारी असल्याचे सांगून लोक OTP मागत आहेत. कधीही OTP देऊ नका. फसवणुकीची तक्रार 1930 वर करा.',
  },
  meeting: {
    en: 'The station invites you to a community meeting this Sunday at 11 am at the police station.',
    hi: 'थाना आपको इस रविवार सुबह 11 बजे पुलिस स्टेशन में सामुदायिक बैठक के लिए आमंत्रित करता है।',
    mr: 'पोलीस ठाणे आपल्याला या रविवारी सकाळी 11 वाजता ठाण्यात समुदाय बैठकीसाठी आमंत्रित करते.',
  },
};

// ---------------------------------------------------------------- alerts to the public

/** What an alert is about: the label its messages and posts open with. */
export const ALERT_KINDS = ['missing_child', 'road_closed', 'fraud', 'other'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** queued once its rows are in the outbox (an alert needs no approval: only the control room and the Commissioner send one); cancelled withdraws what is not yet sent. */
export const ALERT_STATUSES = ['queued', 'cancelled'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

const ALERT_LABELS: Record<AlertKind, Texts> = {
  missing_child: { en: 'ALERT, missing child', hi: 'सूचना: लापता बच्चा', mr: 'सूचना: हरवलेले मूल' },
  road_closed: { en: 'ALERT, road closed', hi: 'सूचना: रास्ता बंद', mr: 'सूचना: रस्ता बंद' },
  fraud: { en: 'ALERT, fraud', hi: 'सावधान: धोखाधड़ी', mr: 'सावधान: फसवणूक' },
  other: { en: 'Police alert', hi: 'पुलिस सूचना', mr: 'पोलीस सूचना' },
};

/** An alert as a member reads it: its label in their language, then the text. */
export function composeAlertMessage(kind: AlertKind, language: CommunityLanguage, text: string): string {
  return `${ALERT_LABELS[kind][language]}: ${text}`;
}

/** X's limit, in its weighted characters (twitter-text v3: most scripts, Devanagari included, weigh 1; others 2; a link 23). */
export const X_POST_MAX = 280;
const X_LINK_WEIGHT = 23;

/**
 * A text's length as X counts it (twitter-text's v3 configuration): code points up to U+10FF and a few
 * punctuation ranges weigh 1, everything else (CJK, emoji) 2, after NFC; a link 23. The library itself is not used:
 * it is unmaintained since 2019 and this is all of it that a post needs.
 */
export function xWeightedLength(text: string): number {
  let n = 0;
  // X shortens every link to t.co: 23 whatever its length.
  const links = text.normalize('NFC').split(/(https?:\/\/\S+)/);
  for (const [i, part] of links.entries()) n += i % 2 === 1 ? X_LINK_WEIGHT : weighCharacters(part);
  return n;
}

function weighCharacters(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const light = c <= 0x10ff || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037);
    n += light ? 1 : 2;
  }
  return n;
}

/**
 * An alert's X post: its label and text in one language, cut on a grapheme boundary with "…" to fit
 * 280 weighted characters, then the short link when there is one (X counts any link as 23).
 */
export function composeAlertPost(kind: AlertKind, language: CommunityLanguage, text: string, link?: string): string {
  const head = `${ALERT_LABELS[kind][language]}: `;
  const room = X_POST_MAX - (link ? X_LINK_WEIGHT + 1 : 0);
  let body = `${head}${text.replace(/\s+/g, ' ').trim()}`;
  if (xWeightedLength(body) > room) {
    const segmenter = new Intl.Segmenter(language, { granularity: 'grapheme' });
    let cut = '';
    for (const { segment } of segmenter.segment(body)) {
      if (xWeightedLength(`${cut}${segment}…`) > room) break;
      cut += segment;
    }
    body = `${cut.trimEnd()}…`;
  }
  return link ? `${body} ${link}` : body;
}

/** A group kind a city adds in its city.json, with its name in each language. */
export interface CityGroupKind {
  kind: string;
  name: Texts;
}

/** The kinds a city's stations may have groups of: the five every force has, then the city's own. */
export function groupKindsOf(cityKinds: readonly CityGroupKind[]): Array<{ kind: string; name: Texts }> {
  const standard = GROUP_KINDS.map((kind) => ({ kind, name: GROUP_NAMES[kind] ?? { en: kind, hi: kind, mr: kind } }));
  return [...standard, ...cityKinds.filter((k) => !GROUP_KINDS.some((s) => s === k.kind))];
}
