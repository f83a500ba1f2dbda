/**
 * Rules an officer can read, for what must never be missed. The category's ties are settled here as
 * TAXONOMY.md settles them; urgency (p1) is judged by urgency.ts on the words of the message, never
 * only when the model's category happens to be right. When a danger is plain and the model's category
 * cannot hold it (a fight "here" the model took for feedback), the danger's category wins, as
 * TAXONOMY.md's ties do: the one that needs police action first.
 *
 * The words themselves live in lexicon.ts.
 */
import type { Category, Priority } from './triage.types.js';
import type { Signals } from './signals.js';
import { judgeUrgency, MODEL_KEEPS_P1, MODEL_SURE_P1, modelUrgency, readTime, toldAsOver } from './urgency.js';
import type { UrgencyFinding } from './urgency.js';

export { readSignals, viewMessage } from './signals.js';
export type { MessageView, Signals } from './signals.js';

export interface RuleDecision {
  category: Category;
  priority: Priority;
  reasons: string[];
  flags: string[];
}

// Replies, questions and chatter: no police action, so p3 whatever the priority head says.
const REPLY_ONLY: ReadonlySet<Category> = new Set<Category>(['information', 'feedback', 'other']);
// Categories whose questions stay theirs: a missing person's family asking for news, a scam asked about, a thank-you.
const KEEP_THEIR_QUESTIONS: ReadonlySet<Category> = new Set<Category>(['information', 'missing_person', 'cyber_fraud', 'feedback']);
// Categories a life at risk from the body, or by one's own hand, is mistaken for: a heart attack is no accident.
const BODY_NOT: ReadonlySet<Category> = new Set<Category>(['accident', 'violence', 'traffic', 'nuisance']);
// Categories whose crime words a film, a series or a dream also holds ("the robbery scene in that film 😂").
const STORY_NOT: ReadonlySet<Category> = new Set<Category>(['violence', 'accident', 'theft', 'suspicious', 'women_safety']);
// Categories an urgent danger of another kind moves a message out of.
const MOVABLE: ReadonlySet<Category> = new Set<Category>(['information', 'feedback', 'other', 'nuisance']);
// Categories that may carry a life-or-safety danger; a p1 danger in any other category moves it.
const CAN_BE_P1: ReadonlySet<Category> = new Set<Category>([
  'violence', 'women_safety', 'accident', 'suspicious', 'missing_person', 'theft', 'traffic',
]);

/**
 * Apply the officer-readable rules on top of the model. `modelP1` is the model's probability of p1: on
 * its own it lifts to p1 only when sure (and a category that can be urgent agrees), and to an unsure p1
 * from `MODEL_UNSURE_P1` (urgency.ts).
 */
/** A decision being made: the category so far and the reasons given. */
interface Draft {
  category: Category;
  reasons: string[];
  /** Why the category may no longer move (police are the actors of the danger), once said. */
  held?: string;
}

/** Move the category, saying why; a held category stays, and says so once. */
function move(d: Draft, to: Category, why: string): void {
  if (d.category === to) return;
  if (d.held !== undefined) {
    const stays = `rule: ${d.held} → stays ${d.category}`;
    if (!d.reasons.includes(stays)) d.reasons.push(stays);
    return;
  }
  d.reasons.push(`rule: ${why} → ${to}`);
  d.category = to;
}

// A past of weeks, months or named days: "since October", "पिछले शुक्रवार से", "last week".
const DISTANT_PAST =
  /week|month|year|mahin|महीन|महिन|हफ्त|हफ़्त|आठवड|saal|साल|वर्ष|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|वार|सोमवार|शुक्रवार|रविवार/u;

// The present tense a habit is told in: "ho rahi hai", "हो रहे हैं", "keeps happening", "is happening".
const PRESENT_OF_A_HABIT = /^(?:ho rah|हो रह|होत आहे|होत आहेत|happening|is happening|chal rah|चल रह)/u;

// Words of a collapse (not of a fire): "wall collapsed", "कोसळली", "ढह गई".
const COLLAPSE = /collapse|कोसळ|ढह/u;

/** A word of bodily danger (a weapon, a fight, an injury, a fire, a crowd turning, someone forced or followed). */
function dangerWord(s: Signals): string | null {
  return s.weapon ?? s.fight ?? s.injury ?? s.fire ?? s.escalation ?? s.mob ?? s.forced ?? s.followed ?? s.theftAct ?? s.trapped;
}

export function applyRules(s: Signals, modelCategory: Category, modelPriority: Priority, modelP1 = 0): RuleDecision {
  const flags: string[] = [];
  const d: Draft = { category: modelCategory, reasons: [] };
  const reasons = d.reasons;

  // Time. A past marker ("kal", "last week", "was") turns a story into a report, unless a "now" word
  // says it is still going on ("he threatened me yesterday and is outside my house right now").
  const { now: current, past: storyOfThePast } = readTime(s);
  // A thank-you or a question without any "now" is a reply, however dangerous its words.
  // A question of what might happen ("if I find an unattended bag, whom do I tell?") is one too.
  // A film, a web series or a dream told with a laugh or a 🔥 ("that knife fight scene was insane 🔥", "sapne me dekha ghar me
  // chor ghusa 😅"): the danger's words are a story's, and the message a reply's.
  const story = s.fiction !== null && s.urge === null;
  // "Is it safe to go to the lake at night? heard there were robberies": asked, with nothing happening now, a reply's.
  const reply =
    (s.thanks !== null && s.urge === null && s.now === null) || ((s.question ?? s.asks) !== null && !current) || s.hypothetical !== null || story;
  // A theft found after the fact ("abhi lauta to dekha"): the now is the finding, unless thieves are still at work there.
  const foundLater = s.discovered !== null && s.intruding === null && s.inside === null;

  // "Thanks for catching the knife gang last week", "stolen bike found, thank you": the crime words
  // are there, the crime is over; what is left is a thank-you.
  // A found person's update ("has been found, thanks to all who shared") stays with missing_person.
  const thankedForCase = s.thanks !== null && (s.resolved !== null || s.found !== null) && !current && s.urge === null;
  if (thankedForCase && !REPLY_ONLY.has(d.category) && d.category !== 'missing_person') {
    move(d, 'feedback', `thanks ("${s.thanks}") for a case solved ("${s.resolved ?? s.found ?? ''}")`);
  }

  if (story && STORY_NOT.has(d.category)) move(d, 'other', `a film, a series or a dream told ("${s.fiction ?? ''}"), not a report`);

  // The police helped, told after the fact ("PCR wale ne ghar tak chhoda", "पुलिस ने ढूंढकर वापस दिया"), with nothing happening
  // now, no complaint of them and no question: a thank-you in all but the word (TAXONOMY.md: feedback).
  const helpedOnly =
    s.helped !== null && (s.police ?? s.help) !== null && !current && s.urge === null && s.inaction === null && s.policeFault === null &&
    s.asks === null && s.question === null;
  if (helpedOnly && !REPLY_ONLY.has(d.category)) move(d, 'feedback', `the police helped ("${s.helped ?? ''}"), told after the fact`);

  // Ties, as TAXONOMY.md settles them, whatever the priority.
  if (d.category === 'theft' && s.weapon !== null && (s.fight !== null || s.theftAct !== null)) {
    move(d, 'violence', `theft with a weapon ("${s.weapon}") is violence`);
  }
  if ((d.category === 'nuisance' || d.category === 'suspicious' || d.category === 'violence') && s.woman !== null && s.followed !== null && s.weapon === null) {
    move(d, 'women_safety', `a woman harassed ("${s.followed}") comes first`);
  }
  if (d.category === 'violence' && s.dowry !== null && s.weapon === null) {
    move(d, 'women_safety', `domestic violence or dowry ("${s.dowry}") is women_safety`);
  }
  // Blackmail to publish photos or chats is online harassment: cyber_fraud by TAXONOMY.md, even when it threatens.
  if (d.category === 'violence' && s.publish !== null && s.weapon === null && s.fight === null) {
    move(d, 'cyber_fraud', `a threat to publish photos, videos or chats ("${s.publish}") is cyber_fraud`);
  }
  // Drunk men fighting among themselves with nobody hurt: TAXONOMY.md's nuisance, even with a bottle in hand (writers: 59 of 63
  // such read messages; urgency still reads the bottle).
  if ((d.category === 'violence' || d.category === 'theft' || d.category === 'accident') && s.drunk !== null && s.mutual !== null && s.injury === null && s.fire === null) {
    move(d, 'nuisance', `drunk men fighting among themselves ("${s.drunk}", "${s.mutual}"), nobody hurt`);
  }
  if (d.category === 'traffic' && s.accident !== null && s.injury !== null) {
    move(d, 'accident', `a collision with injury ("${s.accident}", "${s.injury}") is an accident`);
  }

  // The body failing (a heart attack, a collapse, a fit, an overdose, a snakebite) or a threat to self-harm, with no
  // crash, fight, weapon or fire: neither a crime nor an accident, so 'other' (TAXONOMY.md: anything else). Its danger
  // is p1 in any category (below).
  const bodyAtRisk = lifeOnly(s);
  if (bodyAtRisk !== null && BODY_NOT.has(d.category) && (current || !storyOfThePast)) {
    move(d, 'other', `a life at risk from the body or by one's own hand ("${bodyAtRisk}"), no crime and no accident`);
  }

  // A vehicle towed is no theft: what the citizen needs is where to fetch it and what it costs (a procedure).
  if (d.category === 'theft' && s.towed !== null && s.theftAct === null) {
    move(d, 'information', `a vehicle towed ("${s.towed}") is not a theft`);
  }

  // Police beating someone is a complaint about the police (TAXONOMY.md), whatever the fight's words made the model say.
  if (d.category === 'violence' && s.policeActing !== null) {
    move(d, 'police_conduct', `the police are the ones using force ("${s.policeActing}")`);
  }

  // Dangers now, each with the d.category it belongs to.
  const p1: string[] = [];
  // Police beating someone, or not coming to a fight: the danger words are the police's conduct, and the
  // report stays police_conduct (TAXONOMY.md) instead of moving to violence.
  const aboutPolice = d.category === 'police_conduct' && (s.police !== null || s.inaction !== null || s.policeActing !== null);
  if (aboutPolice) d.held = `the police are the actors ("${s.police ?? s.policeActing ?? s.inaction ?? ''}")`;
  if (!reply) {
    // Told as over ("they've all left now, nobody hurt"): no fight, weapon, follower or crash now.
    const over = toldAsOver(s, d.category);
    const drunkBrawl = d.category === 'nuisance' && s.drunk !== null && s.weapon === null && s.injury === null;
    if (s.weapon !== null && (current || !storyOfThePast) && !drunkBrawl && !over) {
      p1.push(`a threatening object: a weapon ("${s.weapon}")${current ? ' now' : ''}`);
      if (d.category !== 'violence' && d.category !== 'women_safety' && (s.fight !== null || !CAN_BE_P1.has(d.category))) {
        move(d, 'violence', `a weapon ("${s.weapon}")`);
      }
    }
    // She is at her parents' now, safe ("कल उसे मारपीट करके घर से निकाल दिया, वो अभी हमारे घर पर है"): the beating is told, not going on.
    const safeElsewhere = s.safeNow !== null && s.weapon === null && s.atDoor === null && s.outsideNow === null;
    // A fight heard every day, and today a scream going on ("रोज़ झगड़े की आवाज़ आती है | आज … वो चीख रही है"): now.
    const screamingNow = s.distress !== null && s.progressive !== null && s.was === null;
    // "Vo baar baar aisa karta hai, hum dar me jee rahe hain": a habit's present, no fight going on.
    const fightNow = current && !(s.recurring !== null && s.now === null);
    if (s.fight !== null && (fightNow || screamingNow) && !drunkBrawl && !over && !safeElsewhere) {
      p1.push(`a crime in progress: violence now ("${s.fight}", "${s.now ?? s.here ?? s.urge ?? s.progressive ?? ''}")`);
      if (d.category !== 'violence' && d.category !== 'women_safety') move(d, 'violence', `a fight now ("${s.fight}")`);
    }
    if (s.followed !== null && s.forced === null && (current || (s.fear !== null && !storyOfThePast)) && !over) {
      p1.push(`a person at risk: a woman followed or harassed now ("${s.followed}")`);
      move(d, 'women_safety', `a woman followed or harassed now ("${s.followed}")`);
    }
    // Where a theft happened ("outside my house", "घर के बाहर") is no sign that it is happening now, unless
    // the words say thieves are at work there ("koi andar", "घुसे हैं").
    // An intruder inside with a sound going on ("koi ghar me ghus gaya hai, almari kholne ki awaaz aa rahi hai") is now.
    const weakNow = s.nowWeak ?? s.urge ?? s.theftGoingOn ?? (s.intruding !== null ? (s.here ?? s.progressive) : null);
    // Thefts that keep happening ("roz mobile chori ho rahe hai, aaj mera bhi gaya"): the present tense is the habit's.
    const habit = s.recurring !== null && s.intruding === null && PRESENT_OF_A_HABIT.test(s.now ?? '');
    const theftNow = (s.now !== null || (weakNow !== null && !storyOfThePast)) && !foundLater && !habit;
    if (s.theftAct !== null && theftNow && s.weapon === null && s.found === null) {
      p1.push(`a crime in progress: a theft now or just now ("${s.theftAct}")`);
      // A bag snatched from a woman is a theft unless she is harassed too.
      const notHarassment = d.category === 'women_safety' && s.followed === null && s.dowry === null;
      if (!CAN_BE_P1.has(d.category) || d.category === 'suspicious' || d.category === 'traffic' || notHarassment) {
        move(d, 'theft', `"${s.theftAct}" just now`);
      }
    } else if (s.theftAct !== null && habit && s.weapon === null && (d.category === 'suspicious' || d.category === 'traffic')) {
      move(d, 'theft', `thefts that keep happening ("${s.theftAct}", "${s.recurring ?? ''}")`);
    }
    if (s.suspiciousObject !== null && !storyOfThePast) {
      p1.push(`a threatening object: an unattended or suspicious object ("${s.suspiciousObject}")`);
      if (d.category !== 'suspicious') move(d, 'suspicious', `an unattended or suspicious object ("${s.suspiciousObject}")`);
    }
    const vulnerable = s.child !== null || s.vulnerable !== null;
    // Missing, or a child or a vulnerable person gone for hours in a report the model reads as missing.
    // "Left home this morning and hasn't come back": not back is gone, for a child or a vulnerable person.
    const gone = s.missing ?? (vulnerable && d.category === 'missing_person' ? (s.elapsed ?? s.notFound) : null);
    const missingNow =
      gone !== null &&
      s.found === null &&
      (vulnerable || (current && d.category === 'missing_person')) &&
      // "Since last night", "कालपासून": the absence is told from the past and still going on.
      // Not "missing since October", "पिछले शुक्रवार से": a search of days is under way (writers: p2).
      (s.past === null || s.now !== null || (s.elapsed !== null && !DISTANT_PAST.test(s.past)) || (vulnerable && s.recent !== null && s.recent === s.past));
    if (missingNow) {
      const who = s.vulnerable !== null ? `a vulnerable person ("${s.vulnerable}")` : s.child !== null ? `a child ("${s.child}")` : 'a person';
      p1.push(`a person at risk: ${who} missing ("${gone}")`);
      if (d.category !== 'missing_person' && vulnerable) move(d, 'missing_person', `someone missing ("${gone}")`);
    }
    // The hurt already taken to hospital ("घायलों को अस्पताल ले गए") are cared for: the rest is a report.
    if (s.injury !== null && (current || !storyOfThePast) && s.ended === null) {
      p1.push(`a person at risk: injured ("${s.injury}")`);
      if (s.accident !== null && d.category !== 'accident' && d.category !== 'violence') move(d, 'accident', `an accident with injury ("${s.accident}")`);
      else if ((s.fight !== null || s.weapon !== null) && d.category !== 'violence' && d.category !== 'women_safety') move(d, 'violence', `injured in a fight ("${s.injury}")`);
      else if (!CAN_BE_P1.has(d.category) && bodyAtRisk === null) move(d, 'accident', `someone injured ("${s.injury}")`);
    }
    // A wall or a building that came down with nobody hurt or trapped is over; a fire burns on.
    const collapsedHarmless = s.unhurt !== null && s.trapped === null && s.inside === null && COLLAPSE.test(s.fire ?? '');
    if (s.fire !== null && (current || !storyOfThePast) && !collapsedHarmless) {
      p1.push(`a threatening object: fire, blast or collapse ("${s.fire}")`);
      // Smoke or gas from a bag, a box or a parked scooter's dikki left there is a suspicious object's (writers: 17 of 17).
      const fromAnObject = d.category === 'suspicious' && (s.container ?? s.suspiciousObject ?? s.device) !== null;
      if (d.category !== 'accident' && d.category !== 'violence' && !fromAnObject) move(d, 'accident', `"${s.fire}"`);
    }
    if (s.accident !== null && current && s.injury === null && d.category === 'accident' && !over) {
      p1.push(`an accident just now ("${s.accident}")`);
    }
  }

  // The rest of urgency: vulnerable people alone, objects with wires, vehicles, abductions, prowlers,
  // blackmail, self-harm, crowds (urgency.ts). Each moves the category only when it cannot hold the danger.
  const found = judgeUrgency(s, { category: d.category, reply, modelP1 });
  const sure: UrgencyFinding[] = [];
  const unsure: UrgencyFinding[] = [];
  for (const f of found) {
    if (f.sure) sure.push(f);
    else unsure.push(f);
  }
  for (const f of sure) {
    const to = f.category;
    if (to === null || to === d.category) continue;
    // A danger moves the category only out of one that cannot hold it (a reply, a nuisance) or out of the
    // vaguest (suspicious); blackmail is cyber_fraud whatever the model said (TAXONOMY.md).
    // A woman trapped in a lift is not harassment: women_safety without harassment words moves too.
    const harassed = s.followed !== null || s.harassment !== null || s.forced !== null;
    // A girl alone with men pressing her to come along ("एक माणूस तिला सोबत चल म्हणतोय") is a woman unsafe, not a child lost;
    // a man climbing into the girls' hostel or peering into women's windows, not only a prowler.
    const herDanger = (to === 'missing_person' || to === 'suspicious') && s.woman !== null;
    const vague = d.category === 'suspicious' || (d.category === 'women_safety' && !harassed && !herDanger);
    if (MOVABLE.has(d.category) || vague || to === 'cyber_fraud') move(d, to, f.why);
  }

  let priority: Priority = modelPriority;
  const anyCategory = CAN_BE_P1.has(d.category);
  const sureNow: UrgencyFinding[] = [];
  for (const f of sure) if (f.anyCategory || anyCategory) sureNow.push(f);
  // Police using force now is p1 in police_conduct too; a complaint that they did not come is not.
  const policeNow = aboutPolice && s.inaction === null && s.now !== null;
  // The body failing now is p1 wherever it was filed.
  const bodyNow = bodyAtRisk !== null && s.medical !== null && p1.length > 0;
  // Told with a laugh ("lol", "😂😂") and no plea for help: of 27 such with a danger word in the read sets and the writers,
  // none is p1 (a joke, a film, a small theft laughed at). The words stay, the p1 goes.
  const laughedOff = s.laugh !== null && s.urge === null && s.selfHarm === null;
  if (!laughedOff && ((p1.length > 0 && (anyCategory || policeNow || bodyNow)) || sureNow.length > 0)) {
    for (const why of p1) reasons.push(`rule: ${why} → p1`);
    for (const f of sureNow) reasons.push(`rule: ${f.why} → p1`);
    priority = 'p1';
  } else {
    const half: UrgencyFinding[] = [];
    if (!laughedOff) for (const f of unsure) if (f.anyCategory || anyCategory) half.push(f);
    // A fraud told with a "now" is a crime in progress (money leaving, a caller still on the line): the
    // model's p1 counts there as in the categories of bodily danger.
    const fraudNow = d.category === 'cyber_fraud' && current;
    // A question the model is sure is urgent ("I just passed a car on its side, smoke… whom do I tell?")
    // is p1 for the officer to confirm, not a reply.
    // Not a question of what might happen or of a rumour ("is it true kidnappers roam in a white van?").
    const askedInDanger = reply && anyCategory && modelP1 >= MODEL_SURE_P1 && s.hypothetical === null && !story;
    const over = toldAsOver(s, d.category);
    const word = dangerWord(s);
    const theftFound = foundLater && d.category === 'theft';
    // The one missing found, and the family says thanks ("mil gayi sir, thank you", "she's back!! thank you"): the
    // search is over, whatever the model read in the words of the search.
    const searchOver = personFound(s, d.category);
    let byModel = (reply && !askedInDanger) || !(anyCategory || fraudNow) || over || searchOver || laughedOff ? null : modelUrgency(s, modelP1, d.category);
    // Music at night with no fight, weapon or drink in it: nightly noise, a report however late the hour.
    const noiseOnly = d.category === 'nuisance' && s.music !== null && word === null && s.drunk === null;
    // Where the model's half-sure p1 is only the words of what is told, not of a danger now:
    // - an elderly or unwell adult found and taken in ("he is sitting with us, we gave him food"), safe until the
    //   family comes (a child found stays p1 by the model: writers call it so, the family is still searching);
    // - a theft found after the fact: the theft's words, not its time;
    // - the hurt already taken away by help ("घायलों को अस्पताल ले गए"): the crash's words;
    // - laughing ("my wife will kill me if I'm late 😂", "lol") with no danger word: a joke;
    // - a suggestion ("I'd suggest more women constables at the market") with no danger word: its subject's words.
    const joking = s.laugh !== null && word === null;
    const onlyItsWords =
      (s.vulnerable !== null && s.child === null && s.safeWith !== null) ||
      theftFound ||
      (s.ended !== null && s.injury !== null) ||
      joking ||
      (s.suggest !== null && word === null);
    if (onlyItsWords && byModel !== null && !byModel.sure) byModel = null;
    // Asked in danger, or a danger word the words place in the past ("parso tempo ne thoka tha … papa ke sar pe chot"): the
    // model's sure p1 is the officer's to confirm.
    if ((askedInDanger || (storyOfThePast && word !== null)) && byModel !== null) byModel = { ...byModel, sure: false };
    if (byModel !== null) half.push(byModel);
    if (byModel !== null && byModel.sure) {
      for (const f of half) reasons.push(`rule: ${f.why} → p1`);
      priority = 'p1';
    } else if (half.length > 0) {
      // Half of a danger: p1 for the officer to confirm with one key, never a silent p2.
      for (const f of half) reasons.push(`rule: ${f.why} → p1, unsure`);
      priority = 'p1';
      flags.push('unsure');
    } else if (priority === 'p1' && !reply && !over && !searchOver && !noiseOnly && !joking && !laughedOff && (word !== null || modelP1 >= MODEL_KEEPS_P1)) {
      // The model's p1 and a danger word whose time the words leave open ("the men who threatened us last
      // month are back, with swords"), or the model fairly sure of its p1 though the words hold a past: p1 for
      // the officer to confirm, never a silent p2 (data/triage/README.md, fifth and seventh rounds).
      reasons.push(
        word !== null
          ? `rule: the model's p1 and "${word}" told beside a past → p1, unsure`
          : `rule: the model's p1 probability ${modelP1.toFixed(2)}, though the words may tell of the past → p1, unsure`,
      );
      flags.push('unsure');
    } else if (priority === 'p1') {
      // The model's p1 without a danger word the rules know: a report to act on, not this minute.
      priority = 'p2';
      reasons.push(over ? `rule: the danger told as over ("${s.over ?? s.dispersed ?? ''}") → p2` : 'rule: no danger now in the words → p2');
    }
  }
  // A question put to the police about what they know, with nothing happening now and nothing urgent in it ("is it
  // true a child-lifting gang is about?", "FIR 1147, any update?", "is Hingna safe for her now?", "if I see an
  // unattended bag, whom do I tell?"): information (TAXONOMY.md: questions), whatever it is about. A missing person's
  // family asking stays missing_person (the search may still need acting on), a call or an SMS asked about stays
  // cyber_fraud (a scam tried), and a complaint that the police do nothing stays police_conduct.
  const askedOnly = s.asks !== null && priority !== 'p1' && !current && s.spam === null;
  if (askedOnly && !KEEP_THEIR_QUESTIONS.has(d.category) && !(d.category === 'police_conduct' && s.inaction !== null)) {
    move(d, 'information', `a question to the police ("${s.asks ?? ''}") with nothing happening now`);
  }
  // A suggestion ("Suggestion: a warden at Medical Square at school time", "बरे होईल") with nothing happening now is
  // feedback (TAXONOMY.md: suggestions), whatever it is about.
  if (s.suggest !== null && priority !== 'p1' && !current && d.category !== 'missing_person') {
    move(d, 'feedback', `a suggestion ("${s.suggest}") with nothing happening now`);
  }
  // Everything but a reply needs police action; a missing person back home only needs the case closed
  // (but a child found alone still needs the family traced).
  const caseClosed = d.category === 'missing_person' && (s.closed !== null || personFound(s, d.category));
  // A question or a thank-you without a "now" asks only for a reply (TAXONOMY.md's p3), whatever it is about.
  if (!REPLY_ONLY.has(d.category) && priority === 'p3' && !caseClosed && !reply) {
    priority = 'p2';
    reasons.push(`rule: ${d.category} needs police action → p2`);
  }
  // Self-harm and blackmail with a deadline stay urgent in any category; otherwise a reply is p3.
  let urgentAnywhere = false;
  for (const f of sure) if (f.anyCategory && priority === 'p1') urgentAnywhere = true;
  // A life at risk from the body or by one's own hand stays p1 however it came to be (the model's p1 beside a past).
  if (bodyAtRisk !== null && priority === 'p1') urgentAnywhere = true;
  // An emergency that is no crime (a live wire sparking by children, a child on a railing, a lift stuck with people
  // in it) is 'other' to the writers, and p1: the model sure of it keeps its p1 there, for the officer to confirm.
  // Not in a question, a joke, an advert or a chain message.
  const otherEmergency =
    d.category === 'other' && priority === 'p1' && modelP1 >= MODEL_SURE_P1 && !reply && s.laugh === null && s.spam === null && s.bulk === null;
  if (otherEmergency) urgentAnywhere = true;
  // Self-harm told without its time ("a voice note saying goodbye") stays p1 to confirm in any category: a life
  // may hang on it (writers' chats: three such read as 'other', p3).
  for (const f of unsure) if (f.anyCategory && priority === 'p1' && flags.includes('unsure')) urgentAnywhere = true;
  if (REPLY_ONLY.has(d.category) && priority !== 'p3' && !urgentAnywhere) {
    priority = 'p3';
    reasons.push(`rule: ${d.category} needs only a reply → p3`);
    const at = flags.indexOf('unsure');
    if (at >= 0) flags.splice(at, 1);
  }

  if (d.category === 'other' && s.spam !== null) flags.push('spam');
  if (s.abuse !== null) flags.push('abuse');
  if (s.bulk !== null) flags.push('bulk');
  if (flags.length > 0 && (flags.length > 1 || flags[0] !== 'unsure')) {
    const shown = flags.filter((f) => f !== 'unsure');
    reasons.push(`flags: ${shown.join(', ')} ("${s.spam ?? s.abuse ?? s.bulk ?? ''}")`);
  }
  return { category: d.category, priority, reasons, flags };
}

/**
 * A life at risk from the body (`medical`) or by one's own hand (`selfHarm`), with no crash, fight, weapon, fire,
 * trap or harassment in the words: the word that says so, or null.
 */
function lifeOnly(s: Signals): string | null {
  const life = (s.blow === null ? s.medical : null) ?? s.selfHarm;
  if (life === null) return null;
  const other = s.accident ?? s.fight ?? s.weapon ?? s.fire ?? s.trapped ?? s.forced ?? s.followed ?? s.harassment ?? s.theftAct;
  return other === null ? life : null;
}

/**
 * A missing person found, told with the family's thanks: the search is over (TAXONOMY.md: p1 is danger now).
 * Not the case-closed words alone: "the friends came back, she didn't" holds them too. The found words are
 * null when negated ("अजून सापडले नाहीत").
 */
function personFound(s: Signals, category: Category): boolean {
  return category === 'missing_person' && s.thanks !== null && s.found !== null;
}
