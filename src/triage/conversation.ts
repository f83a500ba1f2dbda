/**
 * Judging a conversation, not its first message. Citizens write "Hi", then "sir", then the report, then
 * the place, then "thank you"; the desk judges all of it as one:
 *
 * - a message that holds no report (a greeting, /start, thanks, a sticker: `isContentless`) never
 *   decides anything;
 * - the category is that of the substantive messages read together, the most urgent of them counted
 *   twice, so a later "thank you" or an earlier chat does not outvote the report;
 * - the priority is the whole's: a danger split over two messages ("bag at platform 1", "it has wires")
 *   is seen once both are in, and a message is read with the others, so "papa has a head injury" after
 *   "the tempo hit us the day before yesterday" is not a danger now. A p1 said once is never lost: the
 *   desk's ticket is judged again after every message and its priority only rises by itself
 *   (ticket.lifecycle.ts), so the ticket keeps the highest the conversation ever read. (Until December
 *   2026 each message alone, then the conversation up to each message, could lift the judgement too; on
 *   seventeen writers' chats held out neither found a p1 the whole missed, and they cost p1 precision:
 *   0.874 (each message) and 0.899 (up to each) against 0.908 for the whole, recall 0.989 for both last);
 * - the language is the main language of the substantive messages;
 * - personal data is found in every substantive message, its offsets into `text`, the substantive
 *   messages joined by newlines.
 *
 * A triager built by `createTriagerFromModel` judges the conversation in one pass over each message
 * (`Triager.judgeConversation`): each message is normalised, scanned and scored once, the whole's
 * scores are the sum of its messages' (the model is linear) and its personal data is found in one pass
 * over the joined text. It keeps each message's reading (its words, features, signals and concepts; the
 * last 4,096 messages, about 9 MB), so when the desk judges a conversation again after its latest message,
 * only that message is read: re-judging costs about what judging the joined text once does (BENCHMARKS.md).
 * A conversation none of whose messages was read before costs more (each message read apart, the rules
 * once more for each report). Any other triager is judged message by message and whole.
 */
import { isContentless } from './contentless.js';
import { PRIORITIES } from './triage.types.js';
import type { ConversationMessage, ConversationTriage, MessageJudgement, Priority, TriageResult, Triager } from './triage.types.js';

export type { ConversationMessage, ConversationTriage, MessageJudgement } from './triage.types.js';

/** Rank of a priority: p1 highest. */
export function priorityRank(p: Priority): number {
  return PRIORITIES.length - PRIORITIES.indexOf(p);
}

/**
 * Judge a whole conversation (see the module comment): contentless messages never decide; the
 * category is the substantive text's, the most urgent message weighted; the priority the whole's; the
 * language the substantive messages' main one.
 */
export function triageConversation(triager: Triager, messages: readonly ConversationMessage[]): ConversationTriage {
  if (triager.judgeConversation !== undefined) return triager.judgeConversation(messages);
  return judgeMessageByMessage(triager, messages);
}

/** The judgement of a conversation by any triager: each substantive message, then the whole. */
export function judgeMessageByMessage(triager: Triager, messages: readonly ConversationMessage[]): ConversationTriage {
  const judged: MessageJudgement[] = [];
  const parts: { index: number; result: TriageResult; text: string }[] = [];
  messages.forEach((m, index) => {
    if (isContentless(m.text)) {
      judged.push({ index, contentless: true, category: null, priority: null });
      return;
    }
    const result = triager.triage({ text: m.text, ...(m.channel === undefined ? {} : { channel: m.channel }) });
    judged.push({ index, contentless: false, category: result.category, priority: result.priority });
    parts.push({ index, result, text: m.text });
  });
  const first = parts[0];
  if (first === undefined) {
    const all = messages.map((m) => m.text).join('\n');
    return waitingForDetails(messages, judged, all.trim() === '' ? 'en' : triager.triage({ text: all }).language);
  }
  const text = parts.map((p) => p.text).join('\n');
  const whole = parts.length === 1 ? first.result : triager.triage({ text });
  let mostUrgent: number | null = null;
  if (parts.length > 1) {
    let top = first;
    for (const p of parts) if (priorityRank(p.result.priority) > priorityRank(top.result.priority)) top = p;
    mostUrgent = top.index;
  }
  return combineConversation(whole, judged, text, messages.length, parts.length, mostUrgent);
}

/**
 * The conversation's judgement from the whole's: its reasons open with what the conversation held and
 * name the most urgent message when there were several reports.
 */
export function combineConversation(
  whole: TriageResult,
  messages: MessageJudgement[],
  text: string,
  total: number,
  reports: number,
  mostUrgent: number | null,
): ConversationTriage {
  const quiet = total - reports;
  const reasons = [
    `conversation: ${total} message${total === 1 ? '' : 's'}, ${reports} with a report${quiet > 0 ? `, ${quiet} without (greetings, thanks, stickers) decide nothing` : ''}`,
    ...whole.reasons,
  ];
  if (mostUrgent !== null) reasons.push(`conversation: message ${mostUrgent + 1} is the most urgent alone and counts twice in the category`);
  return {
    language: whole.language,
    category: whole.category,
    priority: whole.priority,
    pii: whole.pii,
    reasons,
    flags: whole.flags,
    text,
    messages,
    decidedBy: mostUrgent,
    contentless: false,
  };
}

/** A conversation of greetings only: nothing decided yet. */
export function waitingForDetails(
  messages: readonly ConversationMessage[],
  judged: MessageJudgement[],
  language: TriageResult['language'],
): ConversationTriage {
  return {
    language,
    category: 'other',
    priority: 'p3',
    pii: [],
    reasons: [`conversation: ${messages.length} message${messages.length === 1 ? '' : 's'}, none with a report yet: waiting for details`],
    flags: [],
    text: '',
    messages: judged,
    decidedBy: null,
    contentless: true,
  };
}
