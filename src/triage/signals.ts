/**
 * What the rules read in a message: for every danger, person, time and tone concept of the lexicon,
 * the first word or phrase that holds it, or null. A danger word denied around it ("no wires", "koi
 * andar nahi", "जखमी नाही") reads as absent; a verb in the present progressive ("is weaving",
 * "चालवतोय", "chalvtoy") counts as "now" together with the lexicon's progressive forms.
 *
 * The words themselves live in lexicon.ts; the decisions in rules.ts and urgency.ts.
 */
import { TokenMemo } from './normalise.js';
import type { NormalisedText, NormalisedToken } from './normalise.js';
import { BODY_FAILING, C, CONCEPT_COUNT, INTRUDING, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';

/** The message as the rules read it: its words and the lexicon's hits. */
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
  /** A past of a day or two ("yesterday", "कल रात"). */
  recent: string | null;
  /** A crime told as one that keeps happening ("roz", "इस महीने तीसरी बार"). */
  recurring: string | null;
  /** An ambulance held up on the road ("ambulance fasi hui hai"). */
  ambulanceStuck: string | null;
  /** A stranger drawing children to him ("bachon ko chocolate de ke bula raha"). */
  luring: string | null;
  /** A traffic signal green both ways. */
  signalFault: string | null;
  /** A woman put out of her home and out in the open now ("घरातून हाकलून दिले … रस्त्यावर बसलो आहोत"). */
  thrownOut: string | null;
  /** A drone over an airport or a military area. */
  droneOverAirfield: string | null;
  /** The one who was hurt told as safe elsewhere now ("वो अभी हमारे घर पर है"). */
  safeNow: string | null;
  was: string | null;
  deadline: string | null;
  intent: string | null;
  weapon: string | null;
  injury: string | null;
  /** The injury is the body failing, not a wound: a heart attack, a collapse, a fit, an overdose, a snakebite. */
  medical: string | null;
  /** A fall, a wound, a blow or a vehicle: what makes a fainting an accident or an assault (`medical` is then not alone). */
  blow: string | null;
  noHelp: string | null;
  /** Hours gone by while someone has not come back. */
  elapsed: string | null;
  trapped: string | null;
  inside: string | null;
  fire: string | null;
  suspiciousObject: string | null;
  device: string | null;
  container: string | null;
  child: string | null;
  vulnerable: string | null;
  alone: string | null;
  aloneWeak: string | null;
  safeWith: string | null;
  missing: string | null;
  found: string | null;
  /** The found words negated: "hasn't come back", "अजून सापडले नाहीत". */
  notFound: string | null;
  followed: string | null;
  woman: string | null;
  fear: string | null;
  resolved: string | null;
  /** The police helped, told after the fact ("PCR wale ne ghar tak chhoda"). */
  helped: string | null;
  /** A complaint of the police themselves: rude, a bribe, a refusal. */
  policeFault: string | null;
  /** The danger told as over: the men left, the crowd dispersed, all is fine now. */
  over: string | null;
  /** A theft found after the fact: "came back and saw", "lauta to dekha". */
  discovered: string | null;
  /** A film, a web series or a dream told, with a dream's word, a laugh or a reaction beside it: a story, not a report. */
  fiction: string | null;
  /** Asked of what might happen: "if I find a bag", "what should a woman do if". */
  hypothetical: string | null;
  /**
   * A question put to the police about what they know, with no event of its own: what might happen, whether a
   * rumour is true, where a case stands, whether a place is safe.
   */
  asks: string | null;
  /** A suggestion to the police, not denied. */
  suggest: string | null;
  /** Behind a door that stays shut, no answer from inside. */
  shutIn: string | null;
  /** Among themselves ("each other", "aapas me"). */
  mutual: string | null;
  /** A light moving inside ("torch ki roshni", "टॉर्चचा उजेड"). */
  lightInside: string | null;
  /** A house left empty ("family is in Pune", "घर बंद"). */
  emptyHome: string | null;
  /** A call cut off ("phir phone kat gaya"). */
  cutOff: string | null;
  /** Someone crying or screaming ("ro rahi thi", "screaming"). */
  distress: string | null;
  /** Music at night: a DJ, a loudspeaker. */
  music: string | null;
  /** Told that nobody was hurt, or only a little: "nobody hurt", "कोणी जखमी नाही". */
  unhurt: string | null;
  /** The people who were the danger told as gone: "they've all left", "sab chale gaye". */
  dispersed: string | null;
  /** Help came and took the hurt, the police took the men, the owner of the bag came: read in a chat's last report. */
  ended: string | null;
  /** The one who was the danger went off ("he walked off", "bhaag gaya"): read in a chat's last report. */
  fled: string | null;
  /** Laughing: "😂", "lol", "haha". */
  laugh: string | null;
  /** At the door now, told in the present ("he's outside my building"). */
  atDoor: string | null;
  /** Help at hand: the ambulance, the PCR van, the police ("ambulance is already here"). */
  help: string | null;
  /** The danger back after it had gone ("they're back with more people"). */
  returned: string | null;
  /** Men outside now, anywhere ("bahar 3 ladke khade hai"). */
  outsideNow: string | null;
  /** Pestering one person: abusive messages, calls that do not stop. */
  pester: string | null;
  /** A vehicle towed by the traffic police. */
  towed: string | null;
  /** An apology for a false alarm ("sorry to bother", "my mistake"): in a chat's last report. */
  apology: string | null;
  /** A bare apology ("sorry", "माफ करा"): a false alarm only beside a word that says so. */
  sorry: string | null;
  fight: string | null;
  mob: string | null;
  escalation: string | null;
  theftAct: string | null;
  /** The theft-act words that say thieves are at work there now ("koi andar", "घुसे हैं"), or null. */
  intruding: string | null;
  /** A verb going on now within five words of the theft word ("chori ho rahi hai", "chheen ke bhag rahe"), or null. */
  theftGoingOn: string | null;
  prowling: string | null;
  forced: string | null;
  push: string | null;
  vehicle: string | null;
  accident: string | null;
  jam: string | null;
  drunkDriving: string | null;
  driving: string | null;
  drunk: string | null;
  dowry: string | null;
  harassment: string | null;
  publish: string | null;
  /** A threat to publish in its parts: putting out, pictures or recordings, a threat or price. */
  publishAct: string | null;
  media: string | null;
  threaten: string | null;
  fraudNow: string | null;
  /** Police named as the actors ("two constables", "police wale"), or their rudeness. */
  police: string | null;
  /** Police who did not come, answer or act. */
  inaction: string | null;
  /** The police named just before the violence of the message, as the ones doing it ("two cops are beating"), or null. */
  policeActing: string | null;
  /** On a call now, and money, an OTP or a bank in the message. */
  onCall: string | null;
  fraudCue: string | null;
  demand: string | null;
  selfHarm: string | null;
  thanks: string | null;
  closed: string | null;
  question: string | null;
  spam: string | null;
  abuse: string | null;
  bulk: string | null;
}

const DRUNK = LEXICON.names.indexOf('nuisance.drinking');
const DOMESTIC = LEXICON.names.indexOf('women.domestic');
const POLICE_ACTORS = ['police.who', 'police.rude'].map((n) => LEXICON.names.indexOf(n));
const POLICE_INACTION = LEXICON.names.indexOf('police.inaction');
const RESOLVED = LEXICON.names.indexOf('feedback.resolved');
const HELPED = LEXICON.names.indexOf('feedback.helped');
// A complaint of the police themselves: rude, bribed, refused.
const POLICE_FAULT = ['police.rude', 'police.bribe', 'police.refuse'].map((n) => LEXICON.names.indexOf(n));
const JAM = LEXICON.names.indexOf('traffic.jam');
// The women_safety families that say harassment, not merely a woman.
const HARASSMENT = ['women.harass', 'women.follow', 'women.assault', 'women.domestic', 'women.more'].map((n) => LEXICON.names.indexOf(n));

/** Read every signal the rules know from a scanned message. */
export function readSignals(msg: MessageView): Signals {
  const h = msg.hits;
  // "If I find a bag…", "what should a woman do if she is followed": asked, not happening.
  // Not a threat's own condition ("he'll stab me if I ever message her again", "complaint ki to maar dunga agar…"): the
  // threat is real, whatever it is conditioned on.
  const asked = conditionOfAThreat(h) ? null : h.get(C.hypothetical);
  const heard = h.get(C.hearsay) ?? h.get(C.legality);
  const hypothetical = asked !== null || heard !== null;
  const notNow = hypothetical || h.get(C.notNow) !== null;
  const tense = tenseOf(msg.norm);
  return {
    now: notNow ? null : h.get(C.now),
    nowWeak: notNow ? null : h.get(C.nowWeak),
    here: h.get(C.here),
    progressive: hypothetical ? null : (h.get(C.progressive) ?? tense.progressive),
    urge: urgeOf(h, msg.norm.tokens),
    past: lastMinutes(h, msg.norm.tokens) ? tense.habitual : (h.get(C.past) ?? tense.habitual),
    recent: h.get(C.recent),
    recurring: h.get(C.recurring),
    ambulanceStuck: ambulanceHeldUp(h, msg.norm.tokens),
    luring: h.get(C.luring),
    signalFault: h.get(C.signalFault),
    thrownOut: h.get(C.thrownOut) !== null && h.get(C.outInTheOpen) !== null ? h.get(C.thrownOut) : null,
    droneOverAirfield: h.get(C.drone) !== null && h.get(C.airfield) !== null ? `${h.get(C.drone) ?? ''}" … "${h.get(C.airfield) ?? ''}` : null,
    safeNow: h.get(C.safeNow),
    was: h.get(C.was),
    deadline: h.get(C.deadline),
    intent: h.get(C.intent),
    weapon: armed(h, msg.norm.tokens),
    injury:
      h.get(C.noInjury) !== null || deadThing(h, msg.norm.tokens) || animalHurt(h, msg.norm.tokens) || caughtInAScam(h, C.injury, msg.norm.tokens)
        ? null
        : affirmed(h, C.injury),
    medical: bodyFailing(h),
    blow: hurtFromOutside(h, msg.norm.tokens),
    noHelp: h.get(C.noHelp),
    elapsed: h.get(C.elapsed),
    trapped: caughtInAScam(h, C.trapped, msg.norm.tokens) ? null : affirmed(h, C.trapped),
    inside: affirmed(h, C.inside),
    fire: praised(h, C.fire, msg.norm.tokens) || personCollapsed(h, msg.norm.tokens) ? null : affirmed(h, C.fire),
    suspiciousObject: unattendedObject(h, msg.norm.tokens),
    device: affirmed(h, C.device),
    container: h.get(C.container),
    child: childOf(h.get(C.child), msg.norm.tokens),
    vulnerable: h.get(C.elderly),
    alone: h.get(C.alone),
    aloneWeak: h.get(C.aloneWeak),
    safeWith: h.get(C.safeWith),
    missing: personGone(h, msg.norm.tokens),
    found: h.get(C.notFound) !== null ? null : h.get(C.found),
    notFound: h.get(C.notFound),
    followed: followedOf(h, msg.norm.tokens),
    woman: h.get(C.woman),
    fear: h.get(C.fear),
    resolved: RESOLVED < 0 ? null : h.get(RESOLVED),
    helped: HELPED < 0 ? null : affirmed(h, HELPED),
    policeFault: firstOf(h, POLICE_FAULT),
    over: afterTheDanger(h, C.over),
    discovered: h.get(C.discovered),
    hypothetical: asked ?? heard,
    fiction: storyTold(h, msg.norm.tokens),
    asks: asked ?? askedOfPolice(h, msg.norm.tokens),
    suggest: affirmed(h, C.suggestion),
    shutIn: h.get(C.shutIn),
    cutOff: h.get(C.cutOff),
    lightInside: h.get(C.lightInside),
    emptyHome: h.get(C.emptyHome),
    mutual: h.get(C.mutual),
    distress: h.get(C.distress),
    music: h.get(C.music),
    unhurt: notYet(h, C.noInjury, msg.norm.tokens),
    // "Firing ki awaz aayi … log bahar nikal gaye": the neighbours came out; the danger did not leave.
    dispersed: bystandersRan(h, msg.norm.tokens, C.dispersed) ? null : afterTheDanger(h, C.dispersed),
    ended: afterTheDanger(h, C.ended) ?? (h.get(C.helpCame) !== null && h.get(C.tookAway) !== null ? `${h.get(C.helpCame) ?? ''}" … "${h.get(C.tookAway) ?? ''}` : null),
    fled: bystandersRan(h, msg.norm.tokens) ? null : afterTheDanger(h, C.fled),
    apology: h.get(C.apology),
    towed: affirmed(h, C.towed),
    atDoor: h.get(C.atDoor),
    laugh: laughing(msg.norm.tokens),
    pester: h.get(C.pester),
    outsideNow: h.get(C.outsideNow),
    returned: h.get(C.returned),
    help: h.get(C.helpCame),
    sorry: h.get(C.sorry),
    fight: heartAttack(h) || headOn(h) ? null : affirmed(h, C.fight),
    mob: affirmed(h, C.mob),
    escalation: h.get(C.escalation),
    theftAct: photographing(h, C.snatch, msg.norm.tokens) ? null : h.get(C.snatch),
    intruding: intrudingOf(h.get(C.snatch)),
    theftGoingOn: goingOnNear(h, msg.norm.tokens, C.snatch, tense.progressive),
    prowling: affirmed(h, C.prowling),
    // "Towing wale utha le gaye": a vehicle taken by the towing van, not a person forced away.
    forced: h.get(C.towed) !== null ? null : affirmed(h, C.forced),
    push: affirmed(h, C.push),
    vehicle: h.get(C.vehicle),
    accident: accidentOf(h, msg.norm.tokens),
    jam: JAM < 0 ? null : h.get(JAM),
    drunkDriving: affirmed(h, C.drunkDriving),
    driving: affirmed(h, C.driving),
    drunk: DRUNK < 0 ? null : h.get(DRUNK),
    dowry: domesticOf(h, msg.norm.tokens),
    harassment: firstOf(h, HARASSMENT),
    publish: affirmed(h, C.publish),
    publishAct: affirmed(h, C.publishAct),
    media: h.get(C.media),
    threaten: affirmed(h, C.threaten),
    fraudNow: affirmed(h, C.fraudNow),
    police: firstOf(h, POLICE_ACTORS),
    inaction: POLICE_INACTION < 0 ? null : h.get(POLICE_INACTION),
    policeActing: policeBefore(h, msg.norm.tokens),
    onCall: affirmed(h, C.onCall),
    fraudCue: h.get(C.fraudCue),
    demand: h.get(C.demand),
    selfHarm: hangThem(h, msg.norm.tokens) ? null : affirmed(h, C.selfHarm),
    thanks: h.get(C.thanks),
    closed: h.get(C.closed),
    question: h.get(C.question),
    spam: h.get(C.spam),
    abuse: h.get(C.abuse),
    bulk: h.get(C.bulk),
  };
}

/**
 * The signals of several messages read as one (a conversation): for each signal the first message's
 * word that holds it. Each message's denials were applied within that message.
 */
export function mergeSignals(list: readonly Signals[]): Signals {
  const first = list[0];
  if (first === undefined) throw new Error('mergeSignals needs at least one message');
  let out = first;
  for (let i = 1; i < list.length; i += 1) {
    const s = list[i];
    if (s !== undefined) out = mergeTwo(out, s);
  }
  return out;
}

// Spelt out field by field: a literal of one shape is a fast object; the compiler checks that none is missing.
function mergeTwo(a: Signals, b: Signals): Signals {
  return {
    now: a.now ?? b.now,
    nowWeak: a.nowWeak ?? b.nowWeak,
    here: a.here ?? b.here,
    progressive: a.progressive ?? b.progressive,
    urge: a.urge ?? b.urge,
    past: a.past ?? b.past,
    recent: a.recent ?? b.recent,
    recurring: a.recurring ?? b.recurring,
    ambulanceStuck: a.ambulanceStuck ?? b.ambulanceStuck,
    luring: a.luring ?? b.luring,
    signalFault: a.signalFault ?? b.signalFault,
    thrownOut: a.thrownOut ?? b.thrownOut,
    droneOverAirfield: a.droneOverAirfield ?? b.droneOverAirfield,
    safeNow: b.safeNow ?? a.safeNow,
    was: a.was ?? b.was,
    deadline: a.deadline ?? b.deadline,
    intent: a.intent ?? b.intent,
    weapon: a.weapon ?? b.weapon,
    injury: a.injury ?? b.injury,
    medical: a.medical ?? b.medical,
    blow: a.blow ?? b.blow,
    noHelp: a.noHelp ?? b.noHelp,
    elapsed: a.elapsed ?? b.elapsed,
    trapped: a.trapped ?? b.trapped,
    inside: a.inside ?? b.inside,
    fire: a.fire ?? b.fire,
    suspiciousObject: a.suspiciousObject ?? b.suspiciousObject,
    device: a.device ?? b.device,
    container: a.container ?? b.container,
    child: a.child ?? b.child,
    vulnerable: a.vulnerable ?? b.vulnerable,
    alone: a.alone ?? b.alone,
    aloneWeak: a.aloneWeak ?? b.aloneWeak,
    safeWith: a.safeWith ?? b.safeWith,
    missing: a.missing ?? b.missing,
    found: a.found ?? b.found,
    notFound: a.notFound ?? b.notFound,
    followed: a.followed ?? b.followed,
    woman: a.woman ?? b.woman,
    fear: a.fear ?? b.fear,
    resolved: a.resolved ?? b.resolved,
    helped: a.helped ?? b.helped,
    policeFault: a.policeFault ?? b.policeFault,
    discovered: a.discovered ?? b.discovered,
    hypothetical: a.hypothetical ?? b.hypothetical,
    fiction: a.fiction ?? b.fiction,
    asks: a.asks ?? b.asks,
    suggest: a.suggest ?? b.suggest,
    shutIn: a.shutIn ?? b.shutIn,
    cutOff: a.cutOff ?? b.cutOff,
    lightInside: a.lightInside ?? b.lightInside,
    emptyHome: a.emptyHome ?? b.emptyHome,
    mutual: a.mutual ?? b.mutual,
    distress: a.distress ?? b.distress,
    music: a.music ?? b.music,
    unhurt: a.unhurt ?? b.unhurt,
    // The later message tells the state of things: "they left" after a fight ends it, a fight now after "they left" starts it again.
    over: b.over !== null || freshDanger(b) ? b.over : a.over,
    dispersed: b.dispersed !== null || freshDanger(b) ? b.dispersed : a.dispersed,
    ended: b.ended ?? a.ended,
    fled: b.fled ?? a.fled,
    apology: b.apology ?? a.apology,
    towed: a.towed ?? b.towed,
    atDoor: b.atDoor ?? a.atDoor,
    laugh: a.laugh ?? b.laugh,
    pester: a.pester ?? b.pester,
    outsideNow: b.outsideNow ?? a.outsideNow,
    returned: b.returned ?? a.returned,
    help: b.help ?? a.help,
    sorry: b.sorry ?? a.sorry,
    fight: a.fight ?? b.fight,
    mob: a.mob ?? b.mob,
    escalation: a.escalation ?? b.escalation,
    theftAct: a.theftAct ?? b.theftAct,
    intruding: a.intruding ?? b.intruding,
    theftGoingOn: a.theftGoingOn ?? b.theftGoingOn,
    prowling: a.prowling ?? b.prowling,
    forced: a.forced ?? b.forced,
    push: a.push ?? b.push,
    vehicle: a.vehicle ?? b.vehicle,
    accident: a.accident ?? b.accident,
    jam: a.jam ?? b.jam,
    drunkDriving: a.drunkDriving ?? b.drunkDriving,
    driving: a.driving ?? b.driving,
    drunk: a.drunk ?? b.drunk,
    dowry: a.dowry ?? b.dowry,
    harassment: a.harassment ?? b.harassment,
    publish: a.publish ?? b.publish,
    publishAct: a.publishAct ?? b.publishAct,
    media: a.media ?? b.media,
    threaten: a.threaten ?? b.threaten,
    fraudNow: a.fraudNow ?? b.fraudNow,
    police: a.police ?? b.police,
    inaction: a.inaction ?? b.inaction,
    policeActing: a.policeActing ?? b.policeActing,
    onCall: a.onCall ?? b.onCall,
    fraudCue: a.fraudCue ?? b.fraudCue,
    demand: a.demand ?? b.demand,
    selfHarm: a.selfHarm ?? b.selfHarm,
    thanks: a.thanks ?? b.thanks,
    closed: a.closed ?? b.closed,
    question: a.question ?? b.question,
    spam: a.spam ?? b.spam,
    abuse: a.abuse ?? b.abuse,
    bulk: a.bulk ?? b.bulk,
  };
}

// "Nobody hurt yet", "कोणी जखमी नाही अजून": the danger is still there.
const YET = new Set(['yet', 'ajun', 'ajoon', 'अजून', 'abhi', 'अभी', 'tak', 'तक', 'so', 'till']);

/** The concept's first words, unless "yet" follows them. */
function notYet(h: LexiconHits, id: number, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(id);
  if (word === null) return null;
  const next = tokens[(h.firstAt[id] ?? 0) + (h.firstLength[id] ?? 1)]?.word ?? '';
  return YET.has(next) ? null : word;
}

// "Photo kheench rahe", "फोटो खींच रहे": taking pictures, not pulling a chain or a woman.
const PICTURE = new Set(['photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'selfie', 'video', 'tasveer', 'tasvir', 'फोटो', 'फ़ोटो', 'तस्वीर', 'तस्वीरें', 'सेल्फी', 'वीडियो', 'व्हिडिओ']);

/** Is the concept's first word "pull" said of a picture ("घरों की फोटो खींच रहे हैं")? */
function photographing(h: LexiconHits, id: number, tokens: readonly NormalisedToken[]): boolean {
  if (h.get(id) === null) return false;
  const before = tokens[(h.firstAt[id] ?? 0) - 1]?.word ?? '';
  return PICTURE.has(before);
}

// "Sab log bhaag gaye", "everyone ran", "लोक पळाले": the bystanders running from the danger, not the danger gone.
const BYSTANDERS = new Set(['everyone', 'everybody', 'people', 'log', 'लोग', 'लोक', 'logon', 'crowd']);

/**
 * Is the one who went off, by the words before it, everyone around ("sab log bhag gaye", "people ran away", "log bahar nikal
 * gaye")? One word may stand between ("bahar", "out").
 */
function bystandersRan(h: LexiconHits, tokens: readonly NormalisedToken[], id: number = C.fled): boolean {
  if (h.get(id) === null) return false;
  const at = h.firstAt[id] ?? 0;
  for (const k of [1, 2]) {
    if (BYSTANDERS.has(tokens[at - k]?.word ?? '')) return !THEM.has(tokens[at - k - 1]?.word ?? '');
  }
  return false;
}
// "Wo log bhaag gaye", "ते लोक पळाले": those people, the ones who were the danger.
const THEM = new Set(['wo', 'woh', 'vo', 'voh', 'those', 'un', 'वो', 'वे', 'ते', 'ye', 'these']);

// "Following up", "follow us", "FOLLOW @handle for 500% returns": a follow-up or an advert, not a follower.
const FOLLOW_NOT = new Set(['up', 'us', 'for', 'back', 'kijiye', 'karein']);

const LAUGH = new Set(['😂', '🤣', '😆', 'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hahahaha', 'hehe', 'hehehe']);

/** The first laugh in the message, or null. */
function laughing(tokens: readonly NormalisedToken[]): string | null {
  for (const t of tokens) if (LAUGH.has(t.word)) return t.word;
  return null;
}

// A dream's words: "sapne me dekha", "I was in an accident in a dream". Not "सपने में भी नहीं सोचा" (never imagined).
const DREAMS = new Set(['dream', 'dreamt', 'dreamed', 'sapne', 'sapna', 'सपने', 'सपना', 'स्वप्नात', 'swapnat']);
const EVEN = new Set(['bhi', 'भी', 'pan', 'पण']);
// What a film, a match, food or a party is cheered with ("that scene was 🔥", "the new momos place is a BOMB 🔥🔥"); not 💣,
// which a frightened citizen may send with a real one. Read by `storyTold` and `praised`.
const CHEERS = new Set(['🔥', '💥', '🎬', '🍿', '😋', '🤤', '😍', '🤩', '😎', '🥳', '🎉']);

/** A film, a web series or a dream told as one (with a laugh or a reaction, or a dream's word): the word, or null. */
function storyTold(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.fiction);
  if (word === null) return null;
  const at = h.firstAt[C.fiction] ?? 0;
  if (DREAMS.has(word.toLowerCase())) return EVEN.has(tokens[at + 1]?.word ?? '') || EVEN.has(tokens[at + 2]?.word ?? '') ? null : word;
  if (laughing(tokens) !== null) return word;
  for (const t of tokens) if (CHEERS.has(t.word)) return word;
  return null;
}

// "Do bike aamne saamne takra gayi": face to face is a head-on collision beside a crash's word, not two groups squaring up.
const FACE_TO_FACE = new Set(['aamne samne', 'आमने सामने']);

/** Is the only fight word "face to face", in a message with a collision's word? */
function headOn(h: LexiconHits): boolean {
  const word = h.get(C.fight);
  return word !== null && (h.counts[C.fight] ?? 0) === 1 && FACE_TO_FACE.has(word.toLowerCase()) && h.get(C.accident) !== null;
}

// An accident that has not happened: "apghat hoil", "accident hoga pakka", "अपघात होईल", "nearly hit a walker".
const WILL_HAPPEN = new Set(['hoil', 'hoel', 'होईल', 'hoga', 'होगा', 'hogi', 'होगी', 'honar', 'होणार', 'hone', 'होने']);
const NEARLY = new Set(['nearly', 'almost', 'barely']);

/** The collision word of a message, unless its only one is an accident still to come or one nearly had. */
function accidentOf(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.accident);
  if (word === null || (h.counts[C.accident] ?? 0) > 1) return word;
  const at = h.firstAt[C.accident] ?? 0;
  const end = at + (h.firstLength[C.accident] ?? 1);
  return WILL_HAPPEN.has(tokens[end]?.word ?? '') || NEARLY.has(tokens[at - 1]?.word ?? '') ? null : word;
}

// "Seedha faansi do", "फांसी दो": the gallows asked for criminals, not anyone harming themself.
const GALLOWS = new Set(['faansi', 'fansi', 'phansi', 'phaansi', 'फांसी', 'फाँसी', 'फाशी']);
const GIVE = new Set(['do', 'dedo', 'de', 'di', 'dena', 'denge', 'dijiye', 'दो', 'दे', 'दी', 'दिया', 'द्या', 'दिली', 'sazaa', 'saza', 'सजा', 'ki', 'की']);

/** Is the only self-harm word the gallows, given to someone ("faansi do")? */
function hangThem(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  const at = h.firstAt[C.selfHarm] ?? 0;
  if (h.get(C.selfHarm) === null || (h.counts[C.selfHarm] ?? 0) > 1 || !GALLOWS.has(tokens[at]?.word ?? '')) return false;
  return GIVE.has(tokens[at + 1]?.word ?? '');
}

// "For the last 10 mins", "in the last half hour": minutes going by now, not a past.
const SPAN_UNITS = new Set(['min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'half']);

/** Is the message's only past word "last" of a span of minutes or hours still running ("for the last 10 mins")? */
function lastMinutes(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  if (h.get(C.past) !== 'last' || (h.counts[C.past] ?? 0) > 1) return false;
  const at = h.firstAt[C.past] ?? 0;
  const next = tokens[at + 1];
  const unit = next?.script === 'digit' ? tokens[at + 2]?.word : next?.word === 'few' || next?.word === 'couple' ? tokens[at + 2]?.word : next?.word;
  return SPAN_UNITS.has(unit ?? '');
}

/** An ambulance with a word of being held up a few words from it ("ambulance siren bajate hue fasi hui hai"), not a habit. */
function ambulanceHeldUp(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.ambulance);
  if (word === null || h.get(C.recurring) !== null) return null;
  const at = h.firstAt[C.ambulance] ?? 0;
  for (let i = at + 1; i < tokens.length && i <= at + 8; i += 1) if (HELD_UP.has(tokens[i]?.word ?? '')) return word;
  return null;
}

// Held up on the road: "stuck", "fasi hui", "फंसी", "अडकली", "अटकी".
const HELD_UP = new Set([
  'stuck', 'fasi', 'fansi', 'phasi', 'phansi', 'fasa', 'fansa', 'फंसी', 'फँसी', 'फंसा', 'फँसा', 'अटकी', 'अटका', 'atki', 'atka',
  'अडकली', 'अडकला', 'अडकलेली', 'adakli', 'adakla',
]);

// "Stuck" in a scam or a police case: "नागपूर के और भी लोग फंसे हैं", "aapka beta case me fansa hai, paise bhejo".
const STUCK = new Set(['stuck', 'fansa', 'fanse', 'fansi', 'phansa', 'phanse', 'फंसा', 'फंसे', 'फंसी', 'फँसा', 'फँसे', 'फँसी']);

/** Is the message's "if" a threat's condition: a threat, a blow or a weapon told before it? */
function conditionOfAThreat(h: LexiconHits): boolean {
  const cond = h.get(C.hypothetical);
  if (cond === null || !/^(?:if|agar|अगर|जर|jar|in case)\b/u.test(cond)) return false;
  const at = h.firstAt[C.hypothetical] ?? 0;
  for (const id of [C.threaten, C.fight, C.weapon, C.injury]) if (h.get(id) !== null && (h.firstAt[id] ?? 0) < at) return true;
  return false;
}

/**
 * Is the concept's only word "stuck" said beside money or a fraud's cue (caught in a scam), or beside a traffic jam with no
 * crash ("एक घंटे से जाम में फंसे हैं"): not trapped?
 */
function caughtInAScam(h: LexiconHits, id: number, tokens: readonly NormalisedToken[]): boolean {
  if (h.get(id) === null || (h.counts[id] ?? 0) > 1) return false;
  if (!STUCK.has(tokens[h.firstAt[id] ?? 0]?.word ?? '')) return false;
  if (JAM >= 0 && h.get(JAM) !== null && h.get(C.accident) === null) return true;
  return h.get(C.fraudCue) !== null || h.get(C.demand) !== null;
}

/**
 * A woman followed or harassed: a follower's word ("peecha kar raha", "छेड़"), or force without a word of whom ("pakad ke",
 * "zabardasti", "galat raste le gaya") when a woman or a woman's fear ("main akeli hu") is in the words. "Bhai ko pakad ke maar
 * rahe" is a fight, and "zabardasti vargani" extortion, not harassment (nine such in the read blind sets).
 */
function followedOf(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const follower = photographing(h, C.followed, tokens) || followingUp(h, tokens) ? null : affirmed(h, C.followed);
  if (follower !== null) return follower;
  return h.get(C.woman) === null && h.get(C.fear) === null ? null : affirmed(h, C.seized);
}

// A husband named as the one hurt: "पति को उठा ले गए", "slapped my husband", "my husband and I were walking", "my
// husband's cousin threatened him". Not "pati ke": his family ("pati ke ghar wale") may be the ones who beat her.
const HUSBANDS = new Set(['husband', 'pati', 'पति', 'navra', 'नवरा', 'nawra']);
const HUSBAND_DONE_TO = new Set(['को', 'ko', 's', 'and']);
const DONE_TO_HIM = new Set([
  'slapped', 'hit', 'beat', 'beaten', 'attacked', 'threatened', 'threatening', 'shoved', 'pushed', 'abducted', 'kidnapped', 'stabbed',
  'punched', 'assaulted', 'took', 'taken', 'arrested', 'detained', 'picked',
]);

/**
 * Domestic violence or dowry: the word that says so, unless it is only a husband, and the husband is the one something was
 * done to (seven violence reports of the read blind sets had been filed under women_safety for "husband" alone).
 */
function domesticOf(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  if (DOMESTIC < 0) return null;
  const word = h.get(DOMESTIC);
  if (word === null || (h.counts[DOMESTIC] ?? 0) > 1 || !HUSBANDS.has(word.toLowerCase())) return word;
  const at = h.firstAt[DOMESTIC] ?? 0;
  const doneTo = HUSBAND_DONE_TO.has(tokens[at + 1]?.word ?? '') || DONE_TO_HIM.has(tokens[at - 1]?.word ?? '') || DONE_TO_HIM.has(tokens[at - 2]?.word ?? '');
  return doneTo ? null : word;
}

/** "Following up on my earlier message", "follow us": a follow-up or an advert, not a follower. */
function followingUp(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  const word = h.get(C.followed);
  if (word !== 'following' && word !== 'follow') return false;
  return FOLLOW_NOT.has(tokens[(h.firstAt[C.followed] ?? 0) + 1]?.word ?? '');
}

// "A stray cow injured on the road": an animal's hurt is for the municipality, not a person at risk.
const ANIMALS = new Set([
  'cow', 'cows', 'dog', 'dogs', 'puppy', 'bull', 'buffalo', 'cat', 'animal', 'animals', 'stray', 'gaay', 'gai', 'kutta', 'kutte', 'janwar',
  'गाय', 'बैल', 'भैंस', 'कुत्ता', 'कुत्ते', 'जानवर', 'गाई', 'कुत्रा', 'कुत्री', 'जनावर', 'प्राणी',
]);
const ANIMAL_REACH = 4;

/** Is the message's only injury word said of an animal just before it? */
function animalHurt(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  if (h.get(C.injury) === null || (h.counts[C.injury] ?? 0) > 1) return false;
  return wordBefore(tokens, h.firstAt[C.injury] ?? 0, ANIMAL_REACH, ANIMALS);
}

// What is "dead" that is not a person: a signal, a phone, a battery, a line ("Zero Mile signal dead since morning");
// and "a death trap", a road that will kill someone one day.
const DEAD_THINGS = new Set([
  'signal', 'signals', 'phone', 'mobile', 'battery', 'line', 'network', 'light', 'lights', 'streetlight', 'streetlights', 'number',
  'sim', 'atm', 'landline', 'helpline', 'app', 'website', 'camera', 'cctv', 'सिग्नल', 'फोन', 'मोबाइल', 'मोबाईल', 'बैटरी',
]);

const DEAD_REACH = 4;
const BLOOD = new Set(['blood', 'khoon', 'khun', 'खून', 'रक्त']);
const DONATION = new Set([
  'needed', 'need', 'required', 'urgently', 'donation', 'donate', 'donor', 'donors', 'group', 'bank', 'camp', 'chahiye', 'चाहिए',
  'हवे', 'पाहिजे', 'dan', 'daan', 'दान', 'शिबिर', 'shibir', 'unit', 'units',
]);

/** Is the message's only injury word "dead" said of a thing, "death" of a trap, or blood asked of donors? */
function deadThing(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  const word = h.get(C.injury);
  if (word === null || (h.counts[C.injury] ?? 0) > 1) return false;
  const at = h.firstAt[C.injury] ?? 0;
  // "Blood needed, O negative", "रक्तदान शिबिर": a call for donors.
  if (BLOOD.has(word)) {
    const next = tokens[at + 1]?.word ?? '';
    const before = tokens[at - 1]?.word ?? '';
    return DONATION.has(next) || DONATION.has(before);
  }
  if (word === 'dead') {
    // "Signal dead", "the signal at Automotive square dead since morning", "phone is dead".
    // "Stopped dead", "a dead end", "dead slow": no one died.
    const next = tokens[at + 1]?.word ?? '';
    if ((tokens[at - 1]?.word ?? '') === 'stopped' || next === 'end' || next === 'slow') return true;
    return wordBefore(tokens, at, DEAD_REACH, DEAD_THINGS);
  }
  return word === 'death' && (tokens[at + 1]?.word ?? '') === 'trap';
}

// What goes "missing" that is not a person: the power, the water, the network ("बिजली 6 घंटे से गायब है").
const UTILITIES = new Set([
  'bijli', 'बिजली', 'वीज', 'light', 'lights', 'power', 'electricity', 'paani', 'pani', 'पानी', 'पाणी', 'network', 'internet',
  'wifi', 'नेटवर्क', 'इंटरनेट', 'supply',
]);
// Things lost or taken, not a person: "papa ka phone kho gaya", "tempo gayab hai".
const THINGS_LOST = new Set([
  'phone', 'mobile', 'फोन', 'मोबाइल', 'मोबाईल', 'wallet', 'purse', 'पर्स', 'bag', 'बैग', 'keys', 'chabi', 'चाबी', 'documents', 'card',
  'aadhar', 'license', 'licence', 'tempo', 'टेम्पो', 'gaadi', 'gadi', 'गाड़ी', 'गाडी', 'bike', 'बाइक', 'बाईक', 'scooter', 'scooty', 'car',
  'cycle', 'laptop', 'chain', 'चेन', 'ring', 'angoothi', 'अंगूठी', 'dog', 'cat', 'कुत्ता', 'parcel', 'पार्सल',
]);
const IF = new Set(['agar', 'अगर', 'if', 'जर', 'jar', 'unless']);
// Help that has not come is no person missing: "अजून ॲम्ब्युलन्स आली नाही", "police nahi aayi", "108 wale nahi aaye".
const HELP = new Set([
  'ambulance', 'ambulence', 'एम्बुलेंस', 'ॲम्ब्युलन्स', 'रुग्णवाहिका', 'police', 'पुलिस', 'पोलीस', 'पोलिस', '108', '112', 'pcr', 'wale',
]);
const UTILITY_REACH = 4;

/** Someone missing, unless the word is said of the power, the water or the network just before it. */
function personGone(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.missing);
  if (word === null) return null;
  const at = h.firstAt[C.missing] ?? 0;
  if (wordBefore(tokens, at, UTILITY_REACH, UTILITIES) || wordBefore(tokens, at, 1, HELP) || wordBefore(tokens, at, 2, THINGS_LOST)) return null;
  // "Agar vo milne nahi aayi", "अगर घर वापस नहीं आई तो…": a threat's condition, nobody gone.
  return wordBefore(tokens, at, 6, IF) ? null : word;
}

// A weapon's word naming a paper or a material, not a threat: "gun license", "steel rods stolen from the site".
// And a weapon's word that names a place: Golibar Chowk, "गोळीबार चौक".
const WEAPON_PAPER_AFTER = new Set([
  'license', 'licence', 'licenses', 'licences', 'लाइसेंस', 'परवाना', 'parwana', 'renewal', 'chowk', 'chauk', 'square', 'sq', 'चौक', 'चौकात',
  'चौकाजवळ', 'चौकात', 'road', 'rd', 'रोड',
]);
// "My grandfather's licensed revolver has to be surrendered": a weapon on paper.
const WEAPON_PAPER_BEFORE = new Set(['licensed', 'licenced', 'लायसन्सी', 'लाइसेंसी', 'registered']);
const GOON = new Set(['goon', 'goons']);
const TOY = new Set(['toy', 'toys', 'nerf', 'pichkari', 'पिचकारी', 'nakli', 'नकली', 'खिलौना', 'खेळण्यातली', 'khilona']);
const FIREWORKS = new Set([
  'fireworks', 'firecrackers', 'crackers', 'patakhe', 'patake', 'pataka', 'patakha', 'पटाखे', 'पटाखा', 'फटाके', 'फटाका', 'aatishbaazi',
  'आतिशबाजी',
]);
// "Bomb hai ye movie", "this new song is FIRE", "MEGA BLAST OFFER": praise of a film, a song or a sale.
const PRAISE = new Set(['bomb', 'बॉम्ब', 'बम', 'fire', 'blast', 'dhamaka', 'धमाका']);

/** Is the concept's only word one of praise ("bomb", "fire") in a message about a film or a song, or in an advert ("bomb offer")? */
function praised(h: LexiconHits, id: number, tokens: readonly NormalisedToken[]): boolean {
  const word = h.get(id);
  if (word === null || (h.counts[id] ?? 0) > 1 || !PRAISE.has(word.toLowerCase())) return false;
  return h.get(C.spam) !== null || tokens.some((t) => FILMING.has(t.word) || CHEERS.has(t.word) || t.word === 'ekdum');
}

/** Is a word of `words` among the `reach` tokens before token `at`? */
function wordBefore(tokens: readonly NormalisedToken[], at: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, at - reach); i < at; i += 1) if (words.has(tokens[i]?.word ?? '')) return true;
  return false;
}
const SHOOTING = new Set(['shot at', 'shooting', 'shooting at', 'shot']);
const FILMING = new Set([
  'film', 'films', 'movie', 'movies', 'series', 'serial', 'scene', 'scenes', 'song', 'songs', 'reel', 'reels', 'trailer', 'album',
  'गाना', 'gaana', 'फिल्म', 'चित्रपट', 'सीरीज', 'शूटिंग',
]);
const WEAPON_MATERIAL_BEFORE = new Set(['steel', 'iron', 'tmt', 'construction', 'cement', 'sariya', 'सरिया', 'loha', 'लोहे', 'लोखंडी']);
const STOLEN = new Set(['stolen', 'chori', 'चोरी', 'चोरीला', 'gayab', 'गायब', 'missing']);

// The body failing, not wounded (lexicon.ts): these injuries need a doctor, not the police's hunt for who did it.
const BODY_FAILING_WORDS = new Set([...BODY_FAILING[0].split(/\s+/u), ...BODY_FAILING[1]]);
const HEART_ATTACK = new Set(['heart attack', 'attack aaya', 'attack aya', 'attack aa gaya']);
// What falls down as a structure, not as a person: "the wall collapsed" is an accident, "a man collapsed" is not.
const STRUCTURE = new Set([
  'wall', 'walls', 'building', 'roof', 'ceiling', 'scaffolding', 'bridge', 'house', 'slab', 'tank', 'pandal', 'stage', 'balcony', 'tower',
  'shed', 'godown', 'structure', 'tree', 'pole', 'deewar', 'diwar', 'दीवार', 'दिवार', 'भिंत', 'इमारत', 'छत', 'imarat', 'chhat', 'पूल', 'पुल',
]);

// A fall, a drowning, a wound or a blow beside the fainting: an accident or an assault, not the body failing alone.
const HURT_FROM_OUTSIDE = new Set([
  'fell', 'fallen', 'falls', 'slipped', 'slip', 'gir', 'gira', 'giri', 'gire', 'girke', 'गिर', 'गिरा', 'गिरी', 'गिरे', 'गिरकर', 'doob', 'duba',
  'drowning', 'drowned', 'डूब', 'डूबा', 'बुडाला', 'बुडत', 'budala', 'blood', 'bleeding', 'khoon', 'khun', 'खून', 'रक्त', 'injured', 'injury',
  'wound', 'wounded', 'jakhmi', 'जखमी', 'ghayal', 'घायल', 'chot', 'चोट', 'lagla', 'लागलं', 'लागला', 'लागलाय', 'मार', 'maar', 'fracture',
  'stabbed', 'hit', 'takkar', 'टक्कर', 'धडक', 'उडवलं', 'उडवले', 'udavla', 'accident', 'अपघात', 'एक्सीडेंट', 'crash', 'collision',
  'takrayi', 'takraya', 'takrai', 'टकराई', 'टकराया', 'टकराए', 'palti', 'palat', 'पलटी', 'पलट', 'उलटली', 'उलटला', 'bike', 'बाइक', 'scooty',
  'scooter', 'car', 'कार', 'truck', 'ट्रक', 'auto', 'ऑटो', 'rickshaw', 'gaadi', 'gadi', 'गाड़ी', 'गाडी', 'दुचाकी', 'घसरली', 'घसरला', 'खाली',
  'gas', 'गैस', 'गॅस', 'cylinder', 'सिलेंडर', 'smoke', 'धुआं', 'धुर', 'धूर', 'current', 'करंट', 'electrocuted', 'shock', 'lift', 'लिफ्ट',
]);
// The lexicon's families of a fight, a weapon, a robbery, a riot, a collision or a trap: beside a fainting, the cause.
const CAUSES = ['violence.fight', 'violence.weapon', 'violence.attack', 'violence.riot', 'violence.robbery', 'accident.collision', 'accident.trapped']
  .map((n) => LEXICON.names.indexOf(n))
  .filter((id) => id >= 0);
// "The bus stop", "ऑटो स्टँड": a place, not a vehicle.
const VEHICLE_PLACE = new Set(['stop', 'stand', 'depot', 'station', 'shelter', 'स्टॉप', 'स्टैंड', 'स्टँड']);

/** The first injury word, when it tells of the body failing (`BODY_FAILING_WORDS`). */
function bodyFailing(h: LexiconHits): string | null {
  const word = h.get(C.injury);
  return word !== null && BODY_FAILING_WORDS.has(word) ? word : null;
}

/** A fall, a wound, a blow or a vehicle in the message (`HURT_FROM_OUTSIDE`; not "the bus stop"): the word, or null. */
function hurtFromOutside(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  for (const t of tokens) if (HURT_FROM_OUTSIDE.has(t.word)) return t.word;
  for (const id of CAUSES) {
    const word = h.get(id);
    if (word !== null && !(heartAttack(h) && /attack/u.test(word))) return word;
  }
  const vehicle = h.get(C.vehicle);
  if (vehicle === null) return null;
  const end = (h.firstAt[C.vehicle] ?? 0) + (h.firstLength[C.vehicle] ?? 1);
  return VEHICLE_PLACE.has(tokens[end]?.word ?? '') && (h.counts[C.vehicle] ?? 0) === 1 ? null : vehicle;
}

/** "Attack" in "heart attack" is no fight. */
function heartAttack(h: LexiconHits): boolean {
  const fight = h.get(C.fight);
  const injury = h.get(C.injury);
  return (fight === 'attack' || fight === 'attacked') && injury !== null && HEART_ATTACK.has(injury);
}

/** "Collapsed" of a person ("a man collapsed at the bus stop"), with no wall or building in the message to fall. */
function personCollapsed(h: LexiconHits, tokens: readonly NormalisedToken[]): boolean {
  const fire = h.get(C.fire);
  if (fire === null || !/collapse/u.test(fire) || h.get(C.injury) !== fire) return false;
  return !tokens.some((t) => STRUCTURE.has(t.word));
}

// "Help desk", "emergency number", "112 number": a service named, not a call for help.
const SERVICE_AFTER = new Set(['desk', 'line', 'lines', 'centre', 'center', 'number', 'numbers', 'booth', 'kiosk', 'cell', 'services']);

/** An urgent word, unless it names a service ("a women's help desk at the metro"). */
function urgeOf(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.urge);
  if (word === null || (h.counts[C.urge] ?? 0) > 1) return word;
  const end = (h.firstAt[C.urge] ?? 0) + (h.firstLength[C.urge] ?? 1);
  return SERVICE_AFTER.has(tokens[end]?.word ?? '') ? null : word;
}

/** A weapon, affirmed, unless its word names a licence or a material taken ("gun license", "steel rods stolen"). */
function armed(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = affirmed(h, C.weapon);
  if (word === null) return null;
  const at = h.firstAt[C.weapon] ?? 0;
  const end = at + (h.firstLength[C.weapon] ?? 1);
  if (WEAPON_PAPER_AFTER.has(tokens[end]?.word ?? '') || WEAPON_PAPER_BEFORE.has(tokens[at - 1]?.word ?? '')) return null;
  // "Goon" reads as a gun by its sound; "scenes shot at Sadar" is a film.
  if (GOON.has(tokens[at]?.word ?? '') && (h.counts[C.weapon] ?? 0) === 1) return null;
  if (SHOOTING.has(word) && tokens.some((t) => FILMING.has(t.word))) return null;
  // Fireworks at a wedding ("thought it was firing… turns out its a baraat with fireworks"); a gun in a series, laughed at.
  if (tokens.some((t) => FIREWORKS.has(t.word))) return null;
  // A toy: "a water gun", "toy pistol", "नकली पिस्तौल".
  if (tokens.some((t, i) => TOY.has(t.word) || (t.word === 'water' && (tokens[i + 1]?.word ?? '').startsWith('gun')))) return null;
  if (tokens.some((t) => FILMING.has(t.word)) && laughing(tokens) !== null) return null;
  if (WEAPON_MATERIAL_BEFORE.has(tokens[at - 1]?.word ?? '') && tokens.some((t) => STOLEN.has(t.word))) return null;
  return word;
}

// "Unattended", "लावारिस", "बेवारस": of a bag a danger, of a car or a bike parked for days a report.
const ABANDONED = new Set(['unattended', 'lavaris', 'lawaris', 'लावारिस', 'bewaris', 'bevaras', 'बेवारस', 'bewaras']);
const TWO_WHEELERS = new Set(['bike', 'bikes', 'scooty', 'scooter', 'activa', 'motorcycle', 'बाईक', 'बाइक', 'दुचाकी', 'स्कूटी', 'गाडी', 'गाड़ी']);

/** An unattended or suspicious object: a bag, a box, a parcel; not a vehicle left standing, and "nobody came for it" only beside a bag. */
function unattendedObject(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const container = h.get(C.container) !== null;
  const word = affirmed(h, C.bomb);
  if (praised(h, C.bomb, tokens)) return null;
  if (word !== null) {
    const vehicle = h.get(C.vehicle) !== null || tokens.some((t) => TWO_WHEELERS.has(t.word));
    if (ABANDONED.has(word) && vehicle && !container && h.get(C.device) === null) return null;
    return word;
  }
  return container ? h.get(C.unclaimed) : null;
}

// The danger words a later "all fine" or "they left" ends.
const ENDED = [C.fight, C.weapon, C.followed, C.mob, C.forced];

/**
 * The concept's first words when they come after the message's danger words: "kal usne haath uthaya, abhi wo
 * maike me hai" ends it; "I'm at my mother's, he is outside with a rod" does not.
 */
function afterTheDanger(h: LexiconHits, id: number): string | null {
  const word = h.get(id);
  if (word === null) return null;
  const at = h.firstAt[id] ?? 0;
  for (const d of ENDED) if (h.get(d) !== null && (h.firstAt[d] ?? 0) > at) return null;
  return word;
}

// A message that tells a danger now, after which an earlier "they left" or "all fine" no longer holds.
function freshDanger(s: Signals): boolean {
  return (s.now ?? s.fight ?? s.weapon ?? s.mob ?? s.followed ?? s.forced ?? s.returned ?? s.intruding) !== null;
}

// The first word of any of the concepts, or null.
function firstOf(h: LexiconHits, ids: readonly number[]): string | null {
  for (const id of ids) {
    if (id < 0) continue;
    const w = h.get(id);
    if (w !== null) return w;
  }
  return null;
}

// The police by the words people call them, besides the officers' ranks of police.who.
const POLICE_WORDS = new Set([
  'police', 'policeman', 'policemen', 'policewala', 'policewale', 'pulis', 'pulice', 'cop', 'cops', 'पुलिस', 'पोलीस', 'पोलिस',
  'पोलिसांनी', 'पोलीसांनी', 'पुलिसवाले', 'पुलिसवाला', 'पोलीसवाले', 'constable', 'constables', 'havaldar', 'हवालदार', 'हवलदार',
  'hawaldar', 'हवालदाराने', 'inspector', 'psi', 'पोलिसाने', 'पोलीसाने', 'पुलिसवालों', 'policewalo', 'policewalon', 'policewaale',
]);
// Asking for the police is not the police acting: "police bhejo, woh maar rahe hai".
const ASK_BEFORE = new Set(['call', 'send', 'bhejo', 'bulao', 'भेजो', 'बुलाओ', 'पाठवा', 'बोलवा', 'inform', 'informed', 'told']);
const POLICE_REACH = 6;
// The violence family's words of a blow or a weapon too ("पोलिसांनी माझ्या मुलाला काठीने मारलं"): a beating told in the past.
const VIOLENCE_ACTS = ['violence.fight', 'violence.weapon', 'violence.attack'].map((n) => LEXICON.names.indexOf(n));
const ERGATIVE = new Set(['ne', 'ने']);

/**
 * The police word standing up to six words before the first word of violence (a fight or a weapon), with
 * no other doer ("ne") between them: "two policemen are beating a boy", "ek pulis wala nashe me danda maar raha hai", "पोलीस
 * एका पोराला मारत आहेत". Not when the police are asked for or told ("call the police, they are
 * beating him").
 */
function policeBefore(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const ats: number[] = [];
  for (const id of [C.fight, C.weapon, ...VIOLENCE_ACTS]) if (id >= 0 && h.get(id) !== null) ats.push(h.firstAt[id] ?? 0);
  if (ats.length === 0) return null;
  const at = Math.min(...ats);
  for (let i = at - 1; i >= Math.max(0, at - POLICE_REACH); i -= 1) {
    const t = tokens[i];
    if (t === undefined) continue;
    // Another doer between them ("police wale, ek aadmi ne pistol dikhaya"): not the police's act.
    if (ERGATIVE.has(t.word)) return null;
    if (!POLICE_WORDS.has(t.word)) continue;
    const before = tokens[i - 1]?.word ?? '';
    const after = tokens[i + 1]?.word ?? '';
    if (ASK_BEFORE.has(before) || ASK_BEFORE.has(after)) return null;
    return t.word;
  }
  return null;
}

// Words that name a child whatever age the message states ("my wife, 32, and the baby"): the rest ("son",
// "मुलगा", "17 saal ka") say a child only when no adult age stands beside them.
const SMALL_CHILD = new Set([
  'child', 'children', 'kid', 'kids', 'baby', 'babies', 'toddler', 'infant', 'newborn', 'नवजात', 'बाळ', 'बच्चा', 'बच्ची', 'बच्चे',
  'baccha', 'bachcha', 'bacha', 'bachha', 'bacchi', 'bachi', 'bachchi', 'chimukla', 'chimukli', 'चिमुकला', 'चिमुकली', 'चिमुरडा',
  'चिमुरडी', 'nanha', 'nanhi', 'नन्हा', 'नन्ही', 'schoolgirl', 'minor',
]);
// "22 saal", "२४ वर्षांचा", "19 years": a number followed by a word of years.
const YEARS_AFTER = /^(saal|sal|साल|years?|yrs?|yr|varsh\S*|वर्ष\S*|वर्षां\S*)$/u;
// "age 24", "वय 24", "उम्र 22", or straight after the person: "मुलगा (२२)", "daughter, 19,".
const AGE_BEFORE = new Set(['age', 'aged', 'umar', 'umr', 'umra', 'उम्र', 'उमर', 'वय', 'vay', 'vayy']);
const PERSON_BEFORE = new Set([
  'son', 'daughter', 'boy', 'girl', 'brother', 'sister', 'beta', 'beti', 'bhai', 'behen', 'bahin', 'bhau', 'बेटा', 'बेटी', 'भाई',
  'बहन', 'मुलगा', 'मुलगी', 'भाऊ', 'बहीण',
]);
// Units that make a number something other than an age ("son 25 minutes ago", "bhai 20 hazar").
const NOT_AN_AGE_AFTER = /^(min|mins|minute|minutes|hour|hours|hrs|ghante|ghanta|घंटे|घंटा|तास|baje|बजे|वाजता|days?|din|दिन|divas|दिवस|km|rs|lakh|लाख|hazar|हजार|हज़ार|rupees|रुपये)$/u;

/** Does the message give someone an adult's age (18 or more)? */
function statesAdultAge(tokens: readonly NormalisedToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined || t.script !== 'digit') continue;
    const n = Number(t.word);
    if (!(n >= 18 && n <= 110)) continue;
    const next = tokens[i + 1]?.word ?? '';
    const prev = tokens[i - 1]?.word ?? '';
    if (YEARS_AFTER.test(next) || AGE_BEFORE.has(prev)) return true;
    if (PERSON_BEFORE.has(prev) && !NOT_AN_AGE_AFTER.test(next)) return true;
  }
  return false;
}

/**
 * The child word of a message, unless it is a son, a daughter or an age that the message says is an
 * adult's ("mera bhai jo 20 saal ka hai", "माझा मुलगा (२२)"): a missing adult is not a missing child.
 */
function childOf(word: string | null, tokens: readonly NormalisedToken[]): string | null {
  if (word === null || SMALL_CHILD.has(word)) return word;
  return statesAdultAge(tokens) ? null : word;
}

const NEAR = 5;
/**
 * A progressive verb close to a concept's first word: the theft itself going on, not another verb of the
 * message ("CCTV me do ladke dikh rahe hai", "FIR nahi le rahe").
 */
function goingOnNear(h: LexiconHits, tokens: readonly NormalisedToken[], id: number, tenseWord: string | null): string | null {
  if (h.get(id) === null) return null;
  const at = h.firstAt[id] ?? 0;
  const progressive = h.get(C.progressive);
  if (progressive !== null && Math.abs((h.firstAt[C.progressive] ?? 0) - at) <= NEAR) return progressive;
  if (tenseWord !== null) {
    for (let i = Math.max(0, at - NEAR); i <= Math.min(tokens.length - 1, at + NEAR); i += 1) if (tokens[i]?.word === tenseWord) return tenseWord;
  }
  return null;
}

const INTRUDING_WORDS = new Set(INTRUDING.map((w) => w.toLowerCase()));
function intrudingOf(theftAct: string | null): string | null {
  return theftAct !== null && INTRUDING_WORDS.has(theftAct.toLowerCase()) ? theftAct : null;
}

// A danger word with a "no", "not", "नहीं", "नाही" beside it is denied.
// "koi update nahi mila", "कोई अपडेट नहीं", "update mila nahi": no question, a complaint that nothing came. Only the Hindi
// and Marathi "nahi", not all of `tone.negation`: after "any update?" an English "no one called" opens the next sentence.
const NOT = new Set(['nahi', 'nahin', 'nhi', 'nai', 'नहीं', 'नही', 'नाही']);
const CAME = new Set(['mila', 'मिला', 'aaya', 'आया', 'milala', 'मिळाला', 'aala', 'आला']);

/** A question to the police (where a case stands, whether a place is safe), unless a "nahi" after it makes it a complaint. */
function askedOfPolice(h: LexiconHits, tokens: readonly NormalisedToken[]): string | null {
  const word = h.get(C.asking);
  if (word === null) return null;
  const end = (h.firstAt[C.asking] ?? 0) + (h.firstLength[C.asking] ?? 1);
  const next = tokens[end]?.word ?? '';
  if (NOT.has(next) || (CAME.has(next) && NOT.has(tokens[end + 1]?.word ?? ''))) return null;
  return word;
}

function affirmed(h: LexiconHits, id: number): string | null {
  const word = h.get(id);
  return word === null || denied(h, id) ? null : word;
}

// Two words before a danger word ("no wires", "not drunk") and two after it ("घायल नहीं", "andar koi nahi").
const NEGATION_BEFORE = 2;
const NEGATION_AFTER = 2;

/** Is the first occurrence of a concept denied by a negation word next to it? */
function denied(hits: LexiconHits, id: number): boolean {
  if (hits.get(C.negation) === null) return false;
  const at = hits.firstAt[id] ?? 0;
  const end = at + (hits.firstLength[id] ?? 1);
  const infos = hits.infos;
  // "Heart attack, ambulance not coming": the "not" is the ambulance's, said of help that does not come.
  const helpAt = hits.get(C.noHelp) === null ? -1 : (hits.firstAt[C.noHelp] ?? -1);
  const helpEnd = helpAt + (hits.firstLength[C.noHelp] ?? 0);
  for (let j = Math.max(0, at - NEGATION_BEFORE); j < Math.min(infos.length, end + NEGATION_AFTER); j += 1) {
    if (j >= at && j < end) continue;
    if (j >= helpAt && j < helpEnd && id !== C.noHelp) continue;
    const info = infos[j];
    if (info !== null && info !== undefined && info.concepts.includes(C.negation)) return true;
  }
  return false;
}

// English "is/are/'m + …ing", Marathi "-तोय/-तेय/-तायत/-ताहेत" and their romanised forms: a verb
// happening as the message is written. Habitual "-तात" ("they do") is not among them; "keeps …ing" is a habit.
// Hindi "करते हैं", "आते है", romanised "karte hai", Marathi "करतात", "येतात": what happens again and
// again, told as a habit; like the past, it is not "now".
const ENGLISH_AUXILIARIES = new Set(['is', 'are', 'am', 'm', 're', 's', 'still']);
const MARATHI_PROGRESSIVE = ['तोय', 'तेय', 'ताय', 'तायत', 'ताहेत', 'तोयं', 'तेयं', 'तायेत'];
const ROMAN_MARATHI_PROGRESSIVE = ['toy', 'tey', 'tayt', 'tayat', 'tahet'];
const HINDI_COPULA = new Set(['है', 'हैं', 'हो', 'hai', 'hain', 'he', 'h', 'hei', 'hy']);
const MARATHI_HABITUAL = ['तात', 'तेत'];

// What a word says about tense, worked out once per word (bits).
const AUXILIARY = 1;
const ING = 2;
const PROGRESSIVE_ENDING = 4;
const COPULA = 8;
const HABITUAL_STEM = 16;
const HABITUAL_ENDING = 32;
const TENSE = new TokenMemo<number>();

function tenseBits(t: NormalisedToken): number {
  const known = TENSE.get(t);
  if (known !== undefined) return known;
  const w = t.word;
  let bits = 0;
  if (ENGLISH_AUXILIARIES.has(w)) bits |= AUXILIARY;
  if (HINDI_COPULA.has(w)) bits |= COPULA;
  if (t.script === 'latin') {
    if (w.length >= 5 && w.endsWith('ing')) bits |= ING;
    if (w.length >= 6 && ROMAN_MARATHI_PROGRESSIVE.some((suf) => w.endsWith(suf))) bits |= PROGRESSIVE_ENDING;
    if (w.length >= 4 && (w.endsWith('te') || w.endsWith('ti'))) bits |= HABITUAL_STEM;
  } else if (t.script === 'deva') {
    if (w.length >= 4 && MARATHI_PROGRESSIVE.some((suf) => w.endsWith(suf))) bits |= PROGRESSIVE_ENDING;
    if (w.length >= 3 && (w.endsWith('ते') || w.endsWith('ती'))) bits |= HABITUAL_STEM;
    if (w.length >= 4 && MARATHI_HABITUAL.some((suf) => w.endsWith(suf))) bits |= HABITUAL_ENDING;
  }
  TENSE.set(t, bits);
  return bits;
}

/** The first verb in the present progressive and the first in the habitual present, or null. */
export function tenseOf(norm: NormalisedText): { progressive: string | null; habitual: string | null } {
  const tokens = norm.tokens;
  let progressive: string | null = null;
  let habitual: string | null = null;
  let prev = 0;
  let prevWord = '';
  for (const t of tokens) {
    const bits = t.script === 'latin' || t.script === 'deva' ? tenseBits(t) : 0;
    if (progressive === null && ((bits & ING) !== 0 && (prev & AUXILIARY) !== 0 || (bits & PROGRESSIVE_ENDING) !== 0)) progressive = t.word;
    if (habitual === null) {
      if ((bits & COPULA) !== 0 && (prev & HABITUAL_STEM) !== 0) habitual = `${prevWord} ${t.word}`;
      else if ((bits & HABITUAL_ENDING) !== 0) habitual = t.word;
    }
    prev = bits;
    prevWord = t.word;
  }
  return { progressive, habitual };
}
