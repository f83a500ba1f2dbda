/**
 * Rules an officer can read, for what must never be missed. Priority p1 is decided here from danger
 * (a weapon, an injury, a fire, a child missing, a woman followed, a crime in progress, a suspicious
 * bag) and time (now, abhi, अभी, आत्ता, सुरू आहे, here… against yesterday, kal, काल, last week), on
 * the words of the message: never only when the model's category happens to be right. When a danger
 * is plain and the model's category cannot hold it (a fight "here" the model took for feedback), the
 * danger's category wins, as TAXONOMY.md's ties do: the one that needs police action first.
 *
 * The words themselves live in lexicon.ts.
 */
import type { Category, Priority } from './triage.types.js';
import type { NormalisedText } from './normalise.js';
import { C, CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';

/** The message as the rules read it: the lexicon's hits. */
export interface MessageView {
  norm: NormalisedText;
  hits: LexiconHits;
}

/** Scan a normalised message once for every concept (a fresh buffer: for tests and one-off calls). */
export function viewMessage(norm: NormalisedText, into?: LexiconHits): MessageView {
  const hits = into ?? new LexiconHits(CONCEPT_COUNT);
  LEXICON.scan(norm, hits);
  return { norm, hits };
}

/** What the rules found in a message: for each signal the first word or phrase, or null. */
export interface Signals {
  now: string | null;
  nowWeak: string | null;
  here: string | null;
  progressive: string | null;
  urge: string | null;
  past: string | null;
  was: string | null;
  weapon: string | null;
  injury: string | null;
  fire: string | null;
  suspiciousObject: string | null;
  child: string | null;
  vulnerable: string | null;
  missing: string | null;
  found: string | null;
  followed: string | null;
  woman: string | null;
  fear: string | null;
  resolved: string | null;
  fight: string | null;
  theftAct: string | null;
  accident: string | null;
  drunkDriving: string | null;
  drunk: string | null;
  dowry: string | null;
  thanks: string | null;
  closed: string | null;
  question: string | null;
  spam: string | null;
  abuse: string | null;
  bulk: string | null;
}

const DRUNK = LEXICON.names.indexOf('nuisance.drinking');
const DOMESTIC = LEXICON.names.indexOf('women.domestic');
const RESOLVED = LEXICON.names.indexOf('feedback.resolved');

/** Read every signal the rules know from a scanned message. */
export function readSignals(msg: MessageView): Signals {
  const h = msg.hits;
  const notNow = h.get(C.notNow) !== null;
  return {
    now: notNow ? null : h.get(C.now),
    nowWeak: notNow ? null : h.get(C.nowWeak),
    here: h.get(C.here),
    progressive: h.get(C.progressive),
    urge: h.get(C.urge),
    past: h.get(C.past),
    was: h.get(C.was),
    weapon: h.get(C.weapon),
    injury: h.get(C.noInjury) !== null ? null : h.get(C.injury),
    fire: h.get(C.fire),
    suspiciousObject: h.get(C.bomb),
    child: h.get(C.child),
    vulnerable: h.get(C.elderly),
    missing: h.get(C.missing),
    found: h.get(C.notFound) !== null ? null : h.get(C.found),
    followed: h.get(C.followed),
    woman: h.get(C.woman),
    fear: h.get(C.fear),
    resolved: RESOLVED < 0 ? null : h.get(RESOLVED),
    fight: h.get(C.fight),
    theftAct: h.get(C.snatch),
    accident: h.get(C.accident),
    drunkDriving: h.get(C.drunkDriving),
    drunk: DRUNK < 0 ? null : h.get(DRUNK),
    dowry: DOMESTIC < 0 ? null : h.get(DOMESTIC),
    thanks: h.get(C.thanks),
    closed: h.get(C.closed),
    question: h.get(C.question),
    spam: h.get(C.spam),
    abuse: h.get(C.abuse),
    bulk: h.get(C.bulk),
  };
}

export interface RuleDecision {
  category: Category;
  priority: Priority;
  reasons: string[];
  flags: string[];
}

// Replies, questions and chatter: no police action, so p3 whatever the priority head says.
const REPLY_ONLY: ReadonlySet<Category> = new Set<Category>(['information', 'feedback', 'other']);
// Categories that may carry a life-or-safety danger; a p1 danger in any other category moves it.
const CAN_BE_P1: ReadonlySet<Category> = new Set<Category>([
  'violence', 'women_safety', 'accident', 'suspicious', 'missing_person', 'theft', 'traffic',
]);

/**
 * Apply the officer-readable rules on top of the model. `modelP1` is the model's probability of p1:
 * the model alone lifts to p1 only when it is sure and a category that can be urgent agrees.
 */
export function applyRules(s: Signals, modelCategory: Category, modelPriority: Priority, modelP1 = 0): RuleDecision {
  const reasons: string[] = [];
  const flags: string[] = [];
  let category = modelCategory;
  const move = (to: Category, why: string): void => {
    if (category === to) return;
    reasons.push(`rule: ${why} → ${to}`);
    category = to;
  };

  // Time. A past marker ("kal", "last week", "was") turns a story into a report, unless a "now" word
  // says it is still going on ("he threatened me yesterday and is outside my house right now").
  const storyOfThePast = s.past !== null || s.was !== null;
  const current =
    s.now !== null || ((s.nowWeak !== null || s.urge !== null || s.here !== null || s.progressive !== null) && !storyOfThePast);
  // A thank-you or a question without any "now" is a reply, however dangerous its words.
  const reply = (s.thanks !== null && s.urge === null && s.now === null) || (s.question !== null && !current);

  // "Thanks for catching the knife gang last week", "stolen bike found, thank you": the crime words
  // are there, the crime is over; what is left is a thank-you.
  // A found person's update ("has been found, thanks to all who shared") stays with missing_person.
  const thankedForCase = s.thanks !== null && (s.resolved !== null || s.found !== null) && !current && s.urge === null;
  if (thankedForCase && !REPLY_ONLY.has(category) && category !== 'missing_person') {
    move('feedback', `thanks ("${s.thanks}") for a case solved ("${s.resolved ?? s.found ?? ''}")`);
  }

  // Ties, as TAXONOMY.md settles them, whatever the priority.
  if (category === 'theft' && s.weapon !== null && (s.fight !== null || s.theftAct !== null)) {
    move('violence', `theft with a weapon ("${s.weapon}") is violence`);
  }
  if ((category === 'nuisance' || category === 'suspicious' || category === 'violence') && s.woman !== null && s.followed !== null && s.weapon === null) {
    move('women_safety', `a woman harassed ("${s.followed}") comes first`);
  }
  if (category === 'violence' && s.dowry !== null && s.weapon === null) {
    move('women_safety', `domestic violence or dowry ("${s.dowry}") is women_safety`);
  }
  if (category === 'traffic' && s.accident !== null && s.injury !== null) {
    move('accident', `a collision with injury ("${s.accident}", "${s.injury}") is an accident`);
  }

  // Dangers now, each with the category it belongs to.
  const p1: string[] = [];
  if (!reply) {
    const drunkBrawl = category === 'nuisance' && s.drunk !== null && s.weapon === null && s.injury === null;
    if (s.weapon !== null && (current || !storyOfThePast) && !drunkBrawl) {
      p1.push(`weapon ("${s.weapon}")${current ? ' now' : ''}`);
      if (category !== 'violence' && category !== 'women_safety' && (s.fight !== null || !CAN_BE_P1.has(category))) {
        move('violence', `a weapon ("${s.weapon}")`);
      }
    }
    if (s.fight !== null && current && !drunkBrawl) {
      p1.push(`violence in progress ("${s.fight}", "${s.now ?? s.here ?? s.urge ?? s.progressive ?? ''}")`);
      if (category !== 'violence' && category !== 'women_safety') move('violence', `a fight now ("${s.fight}")`);
    }
    if (s.followed !== null && (current || (s.fear !== null && !storyOfThePast))) {
      p1.push(`a woman followed or harassed now ("${s.followed}")`);
      move('women_safety', `a woman followed or harassed now ("${s.followed}")`);
    }
    if (s.theftAct !== null && current && s.weapon === null && s.found === null) {
      p1.push(`a theft in progress or just now ("${s.theftAct}")`);
      // A bag snatched from a woman is a theft unless she is harassed too.
      const notHarassment = category === 'women_safety' && s.followed === null && s.dowry === null;
      if (!CAN_BE_P1.has(category) || category === 'suspicious' || category === 'traffic' || notHarassment) {
        move('theft', `"${s.theftAct}" just now`);
      }
    }
    if (s.suspiciousObject !== null && !storyOfThePast) {
      p1.push(`suspicious object ("${s.suspiciousObject}")`);
      if (category !== 'suspicious') move('suspicious', `an unattended or suspicious object ("${s.suspiciousObject}")`);
    }
    const vulnerable = s.child !== null || s.vulnerable !== null;
    const missingNow =
      s.missing !== null &&
      s.found === null &&
      (vulnerable || (current && category === 'missing_person')) &&
      (s.past === null || s.now !== null);
    if (missingNow) {
      p1.push(`${s.child !== null ? 'a child' : 'a person'} missing ("${s.missing}")`);
      if (category !== 'missing_person' && vulnerable) move('missing_person', `someone missing ("${s.missing}")`);
    }
    if (s.injury !== null && (current || !storyOfThePast)) {
      p1.push(`injured ("${s.injury}")`);
      if (s.accident !== null && category !== 'accident' && category !== 'violence') move('accident', `an accident with injury ("${s.accident}")`);
      else if ((s.fight !== null || s.weapon !== null) && category !== 'violence' && category !== 'women_safety') move('violence', `injured in a fight ("${s.injury}")`);
      else if (!CAN_BE_P1.has(category)) move('accident', `someone injured ("${s.injury}")`);
    }
    if (s.fire !== null && (current || !storyOfThePast)) {
      p1.push(`fire, blast or collapse ("${s.fire}")`);
      if (category !== 'accident' && category !== 'violence') move('accident', `"${s.fire}"`);
    }
    if (s.accident !== null && current && s.injury === null && category === 'accident') {
      p1.push(`an accident just now ("${s.accident}")`);
    }
    if (s.drunkDriving !== null && current) {
      p1.push(`drunk or rash driving now ("${s.drunkDriving}")`);
      if (!CAN_BE_P1.has(category)) move('traffic', `"${s.drunkDriving}"`);
    }
  }

  let priority: Priority = modelPriority;
  if (p1.length > 0 && CAN_BE_P1.has(category)) {
    for (const why of p1) reasons.push(`rule: ${why} → p1`);
    priority = 'p1';
  } else if (priority === 'p1' && !(modelP1 >= 0.9 && CAN_BE_P1.has(category) && !reply)) {
    // The model's p1 without a danger word the rules know: a report to act on, not this minute.
    priority = 'p2';
    reasons.push('rule: no danger now in the words → p2');
  }
  // Everything but a reply needs police action; a missing person back home only needs the case closed
  // (but a child found alone still needs the family traced).
  const caseClosed = category === 'missing_person' && s.closed !== null;
  if (!REPLY_ONLY.has(category) && priority === 'p3' && !caseClosed) {
    priority = 'p2';
    reasons.push(`rule: ${category} needs police action → p2`);
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
