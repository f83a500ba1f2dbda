/**
 * Canned replies in English, Hindi and Marathi, filled from the ticket: its reference, the station's
 * name, and the 112 line for p1. They carry nothing the citizen wrote, so each is safe in public.
 */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import type { Db } from '../store/db.js';
import { ticketForRead } from './desk.access.js';

export const CANNED_LANGUAGES = ['en', 'hi', 'mr'] as const;
export type CannedLanguage = (typeof CANNED_LANGUAGES)[number];

interface Fill {
  reference: string;
  station: string;
}

interface Template {
  id: string;
  title: string;
  text: Record<CannedLanguage, (f: Fill) => string>;
}

const EMERGENCY: Record<CannedLanguage, string> = {
  en: 'If you are in danger now, call 112.',
  hi: 'यदि आप अभी खतरे में हैं, तो तुरंत 112 पर कॉल करें।',
  mr: 'तुम्ही आत्ता धोक्यात असाल तर लगेच 112 वर कॉल करा.',
};

const TEMPLATES: readonly Template[] = [
  {
    id: 'acknowledge',
    title: 'Received, officer assigned',
    text: {
      en: (f) => `Thank you for informing us. Your complaint ${f.reference} is with ${f.station} and an officer is looking into it.`,
      hi: (f) => `सूचना देने के लिए धन्यवाद। आपकी शिकायत ${f.reference} ${f.station} के पास है और एक अधिकारी इसे देख रहे हैं।`,
      mr: (f) => `माहिती दिल्याबद्दल धन्यवाद. तुमची तक्रार ${f.reference} ${f.station} कडे आहे आणि एक अधिकारी त्याची दखल घेत आहेत.`,
    },
  },
  {
    id: 'team_dispatched',
    title: 'Team sent to the spot',
    text: {
      en: (f) => `A team from ${f.station} has been sent to the spot. Reference: ${f.reference}.`,
      hi: (f) => `${f.station} की टीम घटनास्थल पर भेजी गई है। संदर्भ: ${f.reference}।`,
      mr: (f) => `${f.station} चे पथक घटनास्थळी पाठवले आहे. संदर्भ: ${f.reference}.`,
    },
  },
  {
    id: 'need_details',
    title: 'Ask for details privately',
    text: {
      en: (f) => `To act on ${f.reference}, please send us the exact location and a contact number by direct message, not in public.`,
      hi: (f) => `${f.reference} पर कार्रवाई के लिए कृपया सटीक स्थान और संपर्क नंबर डायरेक्ट मैसेज से भेजें, सार्वजनिक रूप से नहीं।`,
      mr: (f) => `${f.reference} वर कारवाईसाठी कृपया नेमके ठिकाण आणि संपर्क क्रमांक डायरेक्ट मेसेजने पाठवा, सार्वजनिकपणे नाही.`,
    },
  },
  {
    id: 'visit_station',
    title: 'Visit the station to register',
    text: {
      en: (f) => `Please visit ${f.station} with your documents to register the complaint. Mention reference ${f.reference}.`,
      hi: (f) => `शिकायत दर्ज करने के लिए कृपया अपने दस्तावेज़ों के साथ ${f.station} आएँ। संदर्भ ${f.reference} बताएँ।`,
      mr: (f) => `तक्रार नोंदवण्यासाठी कृपया तुमच्या कागदपत्रांसह ${f.station} येथे या. संदर्भ ${f.reference} सांगा.`,
    },
  },
  {
    id: 'resolved',
    title: 'Action taken, closing',
    text: {
      en: (f) => `Action has been taken on your complaint ${f.reference} by ${f.station}. Thank you for helping the police.`,
      hi: (f) => `आपकी शिकायत ${f.reference} पर ${f.station} द्वारा कार्रवाई की गई है। पुलिस की सहायता के लिए धन्यवाद।`,
      mr: (f) => `तुमच्या तक्रारीवर ${f.reference} ${f.station} ने कारवाई केली आहे. पोलिसांना मदत केल्याबद्दल धन्यवाद.`,
    },
  },
  {
    id: 'not_police_matter',
    title: 'Not a police matter',
    text: {
      en: (f) => `Your message ${f.reference} concerns another department, not the police. Please contact the civic authority concerned.`,
      hi: (f) => `आपका संदेश ${f.reference} पुलिस से नहीं, किसी अन्य विभाग से संबंधित है। कृपया संबंधित नागरी प्राधिकरण से संपर्क करें।`,
      mr: (f) => `तुमचा संदेश ${f.reference} पोलिसांशी नाही, दुसऱ्या विभागाशी संबंधित आहे. कृपया संबंधित नागरी प्राधिकरणाशी संपर्क साधा.`,
    },
  },
];

/** Picks the canned language for a ticket's language: romanised Hindi reads best in Hindi. */
export function cannedLanguageFor(language: string): CannedLanguage {
  return language === 'mr' ? 'mr' : language === 'hi' || language === 'hi-Latn' ? 'hi' : 'en';
}

/** Fills every canned reply for a ticket in every language; p1 replies lead with the 112 line. */
export function fillCannedReplies(input: { reference: string; priority: string; stationEn: string; stationLocal: string }) {
  const fill = (t: Template, lang: CannedLanguage): string => {
    const body = t.text[lang]({ reference: input.reference, station: lang === 'en' ? input.stationEn : input.stationLocal });
    return input.priority === 'p1' ? `${EMERGENCY[lang]} ${body}` : body;
  };
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title, texts: { en: fill(t, 'en'), hi: fill(t, 'hi'), mr: fill(t, 'mr') } }));
}

/** The canned replies for a ticket the officer sees, with the language to offer first. */
export async function cannedRepliesFor(db: Db, ctx: Pick<AppContext, 'city'>, actor: Actor, ticketId: number) {
  const { ticket } = await ticketForRead(db, actor, ticketId);
  const unit = ctx.city.units.find((u) => u.id === (ticket.station_id ?? ctx.city.id));
  const replies = fillCannedReplies({
    reference: ticket.reference,
    priority: ticket.priority,
    stationEn: unit?.nameEn ?? 'the police',
    stationLocal: unit?.nameLocal ?? unit?.nameEn ?? 'पोलीस',
  });
  return { ticketId, suggestedLanguage: cannedLanguageFor(ticket.language), replies };
}
