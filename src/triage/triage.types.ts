/** Triage labels: the codes of TAXONOMY.md. */
export const CATEGORIES = [
  'theft',
  'violence',
  'women_safety',
  'traffic',
  'accident',
  'suspicious',
  'nuisance',
  'cyber_fraud',
  'missing_person',
  'police_conduct',
  'information',
  'feedback',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRIORITIES = ['p1', 'p2', 'p3'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const LANGUAGES = ['en', 'hi', 'mr', 'hi-Latn'] as const;
export type Language = (typeof LANGUAGES)[number];

export type PiiKind = 'phone' | 'aadhaar' | 'email' | 'pan' | 'name' | 'vehicle';

/** A span of personal data in the original text (UTF-16 offsets, end exclusive). */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
}

export interface TriageInput {
  text: string;
  channel?: string;
}

export interface TriageResult {
  language: Language;
  category: Category;
  priority: Priority;
  pii: PiiSpan[];
  /** Words or features that decided, for the officer to see why. */
  reasons: string[];
  /** e.g. `spam`, `abuse`, `bulk`: set with category `other`, never a silent drop. */
  flags: string[];
}

/** A loaded triage model: pure, no I/O after construction. */
export interface Triager {
  readonly version: string;
  triage(input: TriageInput): TriageResult;
  /**
   * Judge a whole conversation in one pass (see conversation.ts); call it through `triageConversation`,
   * which also serves triagers without it.
   */
  judgeConversation?(messages: readonly ConversationMessage[]): ConversationTriage;
}

/** One message of a conversation, in the order received. */
export interface ConversationMessage {
  text: string;
  channel?: string;
}

/** What the desk learns from one message of a conversation. */
export interface MessageJudgement {
  /** Its index in the conversation. */
  index: number;
  /** A greeting, command, thanks or sticker: no report. */
  contentless: boolean;
  /** Its own category and priority; null for a contentless message. */
  category: Category | null;
  priority: Priority | null;
}

/** The judgement of a whole conversation: a TriageResult, with what each message contributed. */
export interface ConversationTriage extends TriageResult {
  /** The substantive messages joined by newlines: what was judged, and what `pii` offsets point into. */
  text: string;
  messages: MessageJudgement[];
  /** The most urgent substantive message read alone (it counts twice in the category), or null with fewer than two. */
  decidedBy: number | null;
  /** No message holds a report yet: the ticket waits for details (category other, p3). */
  contentless: boolean;
}
