/**
 * Urgency, judged on its own: p1 is never a by-product of the category. An officer asks four things
 * of every message, and this module asks the same, on the words of the message (lexicon.ts):
 *
 *   danger now            Is it happening now ("abhi", "right now", "आत्ता", "सुरू आहे", "is …ing",
 *                         "raha hai", "करतोय"), or is a deadline running ("by tonight", "2 ghante me")?
 *                         Not when it is told as past or habit ("kal", "was", "था", "होता", "last week",
 *                         "every night"), nor when it is denied ("no one hurt", "koi andar nahi", "no wires").
 *   a person at risk      Injured, unconscious, not breathing, trapped; a small child, an elderly person
 *                         with memory loss or a disabled person missing or found alone; a woman followed;
 *                         someone threatening to harm themself; people inside a fire.
 *   a crime in progress   A fight or an attack, a snatching, a break-in; people testing door locks, peering
 *                         into cars or climbing walls; someone dragged or forced into a vehicle; a crowd
 *                         turning violent; blackmail to publish photos or videos, with a deadline.
 *   a threatening object  A weapon; an unattended bag or box with wires, a timer, a ticking sound or a smell
 *   or vehicle            of gas or chemicals; a drunk, racing or wrong-way driver; fire or smoke.
 *
 * p1 when a danger and its time meet (a fight now; a child alone; a bag with wires, which is there until
 * someone comes). p1 with the flag `unsure` when only half is there: a danger with no time at all, or the
 * model's own p1 probability without any danger word. The officer settles an unsure p1 with one key; a
 * missed p1 nobody would settle. A thank-you or a question without "now" is never urgent.
 */
import type { Category } from './triage.types.js';
import type { Signals } from './signals.js';

/** One reason for urgency, in the words an officer reads on the ticket. */
export interface UrgencyFinding {
  /** E.g. `a vulnerable person ("dementia") missing ("walked out")`. */
  why: string;
  /** True: p1 on its own. False: half of it is there, p1 with the flag `unsure`. */
  sure: boolean;
  /** The category this danger belongs to, when the message's cannot hold it (null: any category). */
  category: Category | null;
  /** Urgent whatever the category (self-harm, blackmail with a deadline): not only in the categories that act at once. */
  anyCategory: boolean;
}

/** The time of a message, as urgency reads it. */
export interface MessageTime {
  /** Told as happening now (a now word, or a progressive or "here"/"help" not told as past). */
  now: boolean;
  /** Told as past or habit. */
  past: boolean;
  /** The words that said so, for the reasons. */
  evidence: string;
}

/** Read the time of a message from its signals. */
export function readTime(s: Signals): MessageTime {
  const past = s.past !== null || s.was !== null;
  const weakNow = s.nowWeak ?? s.urge ?? s.here ?? s.progressive;
  const now = s.now !== null || (weakNow !== null && !past);
  const evidence = s.now ?? (now ? weakNow : null) ?? s.past ?? s.was ?? '';
  return { now, past, evidence };
}

/** Options of a judgement: what the model and the tie rules already know. */
export interface UrgencyContext {
  /** The category after the tie rules. */
  category: Category;
  /** A thank-you or a question with no "now" in it. */
  reply: boolean;
  /** The model's probability of p1. */
  modelP1: number;
}

/**
 * The model's p1 alone, without a danger word: from here it is p1 with the flag unsure. 0.3 since writers
 * 6-8 (was 0.5): on each writer held out of training, p1 recall rose 1-3 points (writer 6 0.919 → 0.952,
 * writer 8 0.849 → 0.877) for at most 1.5 points of precision; the officer settles an unsure p1 with one key.
 */
export const MODEL_UNSURE_P1 = 0.3;
/** The model's p1 alone from here is p1 without a flag (in a category that can be urgent). */
export const MODEL_SURE_P1 = 0.9;
/**
 * When the model says p1 and the rules find no danger now (a past in the words, a category that cannot be
 * urgent by itself), from here it stays p1 with the flag unsure instead of falling to p2. Each of 15 writers
 * held out in turn: p1 recall 0.955 -> 0.967, precision 0.883 -> 0.878, priority accuracy 0.907 -> 0.908
 * (0.5: the same recall, precision 0.877; 0.7: 0.966 at 0.881; 0.8: 0.965 at 0.882).
 */
export const MODEL_KEEPS_P1 = 0.6;
/**
 * Categories whose danger now the rules read (a fraud still running, blackmail with a deadline, a drunk or wrong-way
 * driver): the model's half-sure p1 alone was right in them about one time in two on the read blind sets (cyber_fraud 20
 * of 39, traffic 48 of 79), in the others five times in six. In them it needs `MODEL_UNSURE_P1_WHERE_RULES_CARRY`.
 */
const RULES_CARRY_DANGER: ReadonlySet<Category> = new Set<Category>(['cyber_fraud', 'traffic', 'police_conduct', 'nuisance']);
export const MODEL_UNSURE_P1_WHERE_RULES_CARRY = 0.5;

/**
 * The danger told as over, in a category where that ends it: all is fine or calm again ("sab shant ho gaya"),
 * outside a person gone (missing_person), a thief getting away (theft) or money leaving (cyber_fraud); or the
 * people who were the danger all gone ("they've all left now") from a fight, a crowd or a woman's follower; or a
 * crash with nobody hurt or trapped and no drunk or racing driver still on the road.
 */
export function toldAsOver(s: Signals, category: Category): boolean {
  // A robbery is a theft: "main theek hu" of the one robbed leaves the robbers getting away ("chaku dikha ke paise maange …
  // main thik hoon").
  if (s.over !== null) {
    const robbery = category === 'violence' && (s.theftAct !== null || (s.weapon !== null && s.demand !== null));
    return category !== 'missing_person' && category !== 'theft' && category !== 'cyber_fraud' && !robbery;
  }
  // A crash told with nobody hurt and nobody trapped: a report to act on, no life at risk.
  if (category === 'accident' && s.unhurt !== null && s.injury === null && s.trapped === null && s.fire === null && drivingThreat(s) === null) return true;
  return s.dispersed !== null && (category === 'violence' || category === 'nuisance' || category === 'women_safety');
}

/** Drunk, racing, wrong-way driving; or a drunk word beside someone at the wheel. */
function drivingThreat(s: Signals): string | null {
  return s.drunkDriving ?? (s.drunk !== null && s.driving !== null ? `${s.drunk}" … "${s.driving}` : null);
}

function q(word: string | null): string {
  return `"${word ?? ''}"`;
}

/** A threat to publish: one of the lexicon's phrases, or told in parts (putting out, pictures, a threat or a price). */
function publishThreat(s: Signals): string | null {
  if (s.publish !== null) return s.publish;
  if (s.publishAct === null || s.media === null) return null;
  // A price counts only with a threat still to come ("10k do warna daal dunga"): "shared the OTP, Rs 48,500 went … I
  // have the screenshots" is a fraud told, not blackmail.
  const pressure = s.threaten ?? (s.intent !== null ? s.demand : null);
  return pressure === null ? null : `${s.publishAct}" … "${s.media}`;
}

function add(out: UrgencyFinding[], why: string, sure: boolean, category: Category | null, anyCategory = false): void {
  out.push({ why, sure, category, anyCategory });
}

/**
 * Every reason for urgency in a message (possibly none), sure ones first. Pure: the same signals give
 * the same findings.
 */
export function judgeUrgency(s: Signals, ctx: UrgencyContext): UrgencyFinding[] {
  const out: UrgencyFinding[] = [];
  const time = readTime(s);
  const { now, past } = time;
  const when = time.evidence === '' ? '' : `, ${q(time.evidence)}`;

  // Harm to oneself and blackmail with a deadline are urgent even when asked as a question.
  // A threat told of yesterday is still a danger when the person is gone now ("said she'd end it, missing since morning").
  // Only a past word ("last year", "kal") dates it: a "was" of the story around it does not ("a video call aaya tha … mann kar
  // raha sab khatam kar du" is a wish to die now).
  // A film's story told with a laugh ("zeher kha liya … nahi sir, film ki story thi 😂") is none.
  if (s.selfHarm !== null && s.fiction === null && (s.past === null || s.now !== null || s.missing !== null || s.elapsed !== null)) {
    const intent = s.intent ?? s.now ?? s.urge ?? s.progressive;
    if (intent !== null) add(out, `a person at risk: a threat to self-harm (${q(s.selfHarm)}, ${q(intent)})`, true, null, true);
    else add(out, `a person at risk: self-harm mentioned (${q(s.selfHarm)}), time unknown`, false, null, true);
  }
  // Without a deadline, blackmail is a report to act on today (p2): the clock is what makes it p1.
  const publish = publishThreat(s);
  if (publish !== null && s.deadline !== null) {
    add(out, `a crime in progress: blackmail to publish photos or videos (${q(publish)}) with a deadline (${q(s.deadline)})`, true, 'cyber_fraud', true);
  }
  // A fraud still running: money leaves while the citizen writes; minutes decide what can be frozen. A
  // caller still on the line with money, an OTP or a bank in the message is one too.
  // A "digital arrest" or AnyDesk told only in the past tense, the money gone ("kept him on video for 6 hours … made him
  // transfer 3.2 lakh"), is a fraud done (p2: TAXONOMY.md, a fraud yesterday); still running it is told in the present.
  const present = (s.now ?? s.progressive ?? s.nowWeak ?? s.urge ?? s.elapsed) !== null;
  const running = (present ? s.fraudNow : null) ?? (s.onCall !== null && s.fraudCue !== null && (s.now !== null || s.progressive !== null) ? `${s.onCall}" … "${s.fraudCue}` : null);
  if (running !== null && !(s.past !== null && s.now === null)) {
    add(out, `a crime in progress: a fraud still running (${q(running)})`, true, 'cyber_fraud', true);
  }
  if (ctx.reply) return out;

  const vulnerable = s.vulnerable ?? s.child;
  // A child or an elderly person found alone is as urgent as one reported missing: the family is not there.
  const closed = s.closed !== null || (s.thanks !== null && s.found !== null);
  if (vulnerable !== null && !closed && !past && s.safeWith === null) {
    if (s.alone !== null) add(out, `a person at risk: a vulnerable person (${q(vulnerable)}) alone or lost (${q(s.alone)})`, true, 'missing_person');
    else if (s.aloneWeak !== null) {
      add(out, `a person at risk: a vulnerable person (${q(vulnerable)}) alone (${q(s.aloneWeak)})${when}`, now, 'missing_person');
    }
  }
  if (s.device !== null && (s.container !== null || s.suspiciousObject !== null) && !past) {
    add(out, `a threatening object: an unattended object (${q(s.container ?? s.suspiciousObject)}) with ${q(s.device)}`, true, 'suspicious');
  }
  // Kidnapped, dragged away; or pushed, pulled, "bitha" into a car or van.
  const forced = s.forced ?? (s.push !== null && s.vehicle !== null ? `${s.push}" … "${s.vehicle}` : null);
  // A woman taken by force last night may still be held: "kal raat" is still now; "last year" is a case.
  if (forced !== null && (now || !past || (s.woman !== null && s.recent !== null && s.recent === s.past))) {
    // A child taken by a stranger is a child missing (writers: missing_person); a woman taken, her safety; anyone else, violence.
    const category: Category = s.woman !== null ? 'women_safety' : s.child !== null && s.fight === null ? 'missing_person' : 'violence';
    add(out, `a crime in progress: someone forced away (${q(forced)})${when}`, true, category);
  }
  const over = toldAsOver(s, ctx.category);
  // The one who harasses, threatens or stalks her is at the door, told in the present: danger now whatever came before.
  const menace = s.harassment ?? s.threaten ?? s.followed ?? s.pester ?? s.drunk;
  if (s.atDoor !== null && menace !== null && !over) {
    add(out, `a person at risk: the one who harasses or threatens (${q(menace)}) at the door now (${q(s.atDoor)})`, true, s.woman !== null ? 'women_safety' : null, true);
  } else if (s.outsideNow !== null && menace !== null && (s.woman ?? s.alone ?? s.fear) !== null && !over && (!past || (s.now ?? s.nowWeak) !== null)) {
    // Drunk or threatening men waiting outside where a woman, or someone alone, is shut in or hiding; told of the past, only
    // with a "now" ("the man who threatened us yesterday is now sitting outside our house").
    add(out, `a person at risk: men (${q(menace)}) outside now (${q(s.outsideNow)}) where a woman or someone alone is (${q(s.woman ?? s.alone ?? s.fear)})`, true, s.woman !== null ? 'women_safety' : null, true);
  }
  // A stranger drawing children to him at a school or a park, there now ("aaj bhi gate pe khada hai"); not "was giving", nor
  // told as a habit ("roz aata hai": a report to act on, writers say p2).
  if (s.luring !== null && s.child !== null && s.was === null && (s.recurring === null || s.now !== null) && !over) {
    add(out, `a person at risk: a stranger drawing children to him (${q(s.luring)})${when}`, true, 'suspicious');
  }
  if (s.prowling !== null && !past && !over) {
    add(out, `a crime about to happen: people testing locks, peering in or climbing walls (${q(s.prowling)})${when}`, now, 'suspicious');
  }
  if (s.injury !== null && s.noHelp !== null) {
    // The body failing with no crash ("heart attack, ambulance not coming") is no accident, and urgent wherever it is filed.
    const body = s.medical !== null && s.blow === null && s.accident === null;
    add(out, `a person at risk: injured (${q(s.injury)}) and no help coming (${q(s.noHelp)})`, true, body ? null : 'accident', body);
  }
  // Someone behind a door that stays shut, who does not answer ("दार आतून बंद आहे, आवाज दिला तर उत्तर नाही"), however long
  // since: whoever is inside may be lying hurt. Writers call it p1 whatever its category (27 of 28 read examples).
  if (s.shutIn !== null && !closed && s.ended === null) {
    add(out, `a person at risk: behind a door that stays shut, no answer (${q(s.shutIn)})`, true, null, true);
  }
  // A torch moving inside a house left empty, or with someone heard inside ("घर 15 दिवस बंद आहे आणि आत्ता आतून टॉर्चचा उजेड
  // दिसतोय"): a break-in going on. Only with a "now": "torch jal rahi thi" of last night is a report.
  // The house's emptiness is told with a past ("family is in Pune since a week"): only a "was" or a last night dates the light.
  if (s.lightInside !== null && (s.emptyHome ?? s.inside) !== null && (now || (s.was === null && s.recent === null))) {
    add(out, `a crime in progress: a light moving inside (${q(s.lightInside)}) a house left empty (${q(s.emptyHome ?? s.inside)})`, true, null, true);
  }
  // A call cut off while someone cried or screamed on it ("वो रो रही थी … फिर फ़ोन कट गया"): the one in danger cannot be reached,
  // and what was happening may still be. Not a call cut off told of another day.
  if (s.cutOff !== null && s.distress !== null && !closed && s.ended === null && (!past || s.now !== null)) {
    add(out, `a person at risk: a call cut off (${q(s.cutOff)}) while someone cried or screamed (${q(s.distress)})`, true, null, true);
  }
  if (s.trapped !== null && s.jam === null && (now || !past)) {
    add(out, `a person at risk: trapped (${q(s.trapped)})${when}`, true, 'accident');
  }
  if (s.fire !== null && s.inside !== null && (now || !past)) {
    add(out, `fire or smoke with people inside (${q(s.fire)}, ${q(s.inside)})`, true, 'accident');
  }
  // An ambulance held up by a procession or a jam: whoever it carries is waiting on the road now.
  if (s.ambulanceStuck !== null && !past && !over) {
    add(out, `a person at risk: an ambulance held up on the road (${q(s.ambulanceStuck)})${when}`, true, 'traffic');
  }
  // A drone over the airport: a danger to aircraft while it flies.
  if (s.droneOverAirfield !== null && !past) {
    add(out, `a threatening object: a drone over an airport or an air base (${q(s.droneOverAirfield)})${when}`, true, 'suspicious');
  }
  // A signal green both ways, with crashes near: a junction where the next car may be hit.
  if (s.signalFault !== null && !past) {
    add(out, `a threatening vehicle: a signal green both ways (${q(s.signalFault)})${when}`, true, 'traffic');
  }
  // A woman put out of her home at night with a small child, out there now ("मी आणि माझी ६ महिन्यांची मुलगी … रस्त्यावर बसलो
  // आहोत"); not once she is safe with family.
  if (s.thrownOut !== null && s.child !== null && s.safeNow === null && s.safeWith === null) {
    add(out, `a person at risk: a woman put out of her home with a child (${q(s.thrownOut)}, ${q(s.child)})${when}`, true, 'women_safety');
  }
  const vehicleThreat = drivingThreat(s);
  // Racing every night "and tonight too, right now" is now: the habit does not date it.
  if (vehicleThreat !== null && (!past || s.now !== null) && !over) {
    add(out, `a threatening vehicle: drunk, racing or wrong-way driving (${q(vehicleThreat)})${when}`, now, 'traffic');
  }
  // A crowd gathering as the message is written ("people are gathering, slogans starting") is now whatever came before.
  // Not the crowd watching one who threatens to jump, shouting down to him: that crowd is onlookers.
  const onlookers = s.selfHarm !== null && s.weapon === null && s.fight === null;
  if (s.mob !== null && (s.escalation ?? s.weapon ?? s.fight) !== null && (!past || s.progressive !== null) && !over && !onlookers) {
    add(out, `a crowd turning violent (${q(s.mob)}, ${q(s.escalation ?? s.weapon ?? s.fight)})${when}`, now, 'violence');
  }
  return out;
}

/**
 * The model's p1 probability as a finding, when the words hold no danger the rules know: sure from
 * `MODEL_SURE_P1`, unsure from `MODEL_UNSURE_P1` (`MODEL_UNSURE_P1_WHERE_RULES_CARRY` in the categories whose danger the
 * rules read) unless told as past, none below.
 */
export function modelUrgency(s: Signals, modelP1: number, category: Category): UrgencyFinding | null {
  const sure = modelP1 >= MODEL_SURE_P1;
  // Only a story told in the past ("kal", "last week") silences the model; "was"/"था"/"होती" opens many
  // reports of what is still going on ("she was playing at 5, it's 7 now").
  const toldAsPast = s.past !== null && s.now === null;
  const unsureFrom = RULES_CARRY_DANGER.has(category) ? MODEL_UNSURE_P1_WHERE_RULES_CARRY : MODEL_UNSURE_P1;
  if (!sure && (modelP1 < unsureFrom || toldAsPast)) return null;
  return { why: `the model's p1 probability ${modelP1.toFixed(2)}, no danger word known`, sure, category: null, anyCategory: false };
}

// The categories whose danger is people there: gone, it is over.
const PEOPLE_DANGER: ReadonlySet<Category> = new Set<Category>(['violence', 'women_safety', 'suspicious', 'nuisance']);

/** What a chat's last report says of the danger its earlier reports told (`endedLater`). */
export interface DangerEnded {
  /** The words that said so, for the reasons. */
  word: string;
  /** Never there: the one missing found, a false alarm owned with an apology. A reply is all that is left (p3). */
  falseAlarm: boolean;
}

/** A report's own danger, or its own "now": the chat is live at that report. */
function liveAt(s: Signals, category: Category): boolean {
  const danger =
    s.fight ?? s.weapon ?? s.mob ?? s.followed ?? s.forced ?? s.urge ?? s.notFound ?? s.selfHarm ?? s.trapped ?? s.prowling ??
    s.device ?? s.alone ?? s.noHelp ?? s.fraudNow ?? s.returned;
  if (danger !== null) return true;
  return judgeUrgency(s, { category, reply: false, modelP1: 0 }).length > 0;
}

/** A report that tells a danger over or never there, read on its own (`endedLater`); null when it does not. */
function endsIt(s: Signals, whole: Signals, category: Category): DangerEnded | null {
  // Found, or all fine again, after a search: no one is missing ("सर मिल गई, सहेली के घर चली गई थी").
  // Not "with us" (`safeWith`): "she had gone to the temple with us, got lost in the crowd" tells how she was lost.
  if (category === 'missing_person') {
    const back = s.found ?? s.over ?? s.apology;
    return back === null ? null : { word: back, falseAlarm: true };
  }
  // Owned as a mistake: an apology for the trouble, or a bare "sorry" beside what ended it ("मालक आला… माफ करा")
  // with nothing happening now in the same words (a bare "sorry" also opens a correction of the place).
  const quiet = s.now === null && s.progressive === null && s.here === null;
  const owned = s.apology ?? (s.sorry !== null && quiet && (s.ended ?? s.found ?? s.over) !== null ? s.sorry : null);
  if (owned !== null) return { word: owned, falseAlarm: true };
  // Help came and took the hurt, the police took the men, the bag's owner came.
  if (s.ended !== null) return { word: s.ended, falseAlarm: false };
  // Where the danger was the people (a fight, a crowd, a follower, a prowler, drunks), it is over when calm again,
  // or when they went off and nobody in the chat was hurt; not beside an object left behind.
  // Someone hurt in it ends it only with help at hand ("they ran away… ambulance is already here").
  if (PEOPLE_DANGER.has(category) && (s.injury === null || s.help !== null)) {
    const calm = s.over ?? s.dispersed;
    if (calm !== null) return { word: calm, falseAlarm: false };
    const object = whole.container ?? whole.suspiciousObject ?? whole.device;
    if (s.fled !== null && object === null && (whole.injury === null || s.help !== null)) return { word: s.fled, falseAlarm: false };
  }
  return null;
}

/**
 * A chat judged at its latest state: read from its last report back, the first that tells the danger of an
 * earlier report over (help came and took the hurt away, the men ran off, all is fine again) or never there (the
 * one missing found, an apology for a false alarm) decides, unless a later report is live again (a danger or a
 * "now" of its own). Reports with neither (the place, "what should I do?") are passed over. Null: the whole decides.
 * Citizens write "ambulance aa gayi, usko Medical le gaye" or "sorry sir, wo meter reading wala hai" late in a
 * chat whose first lines still hold the danger's words (data/triage/README.md, "Twelfth round").
 */
export function endedLater(reports: readonly Signals[], whole: Signals, category: Category): DangerEnded | null {
  // The first report is what the chat is about: an end told there is the message's own (rules.ts reads it).
  for (let i = reports.length - 1; i >= 1; i -= 1) {
    const s = reports[i];
    if (s === undefined) continue;
    // Owned as a false alarm, or the call taken back, the report ends the danger whatever words it retells.
    if (s.apology !== null && (s.fight ?? s.weapon ?? s.forced ?? s.selfHarm) === null) return { word: s.apology, falseAlarm: true };
    if (liveAt(s, category)) return null;
    const ended = endsIt(s, whole, category);
    if (ended !== null) return ended;
    const now = s.now ?? s.nowWeak ?? s.progressive ?? s.here;
    if (now !== null) return null;
  }
  return null;
}
