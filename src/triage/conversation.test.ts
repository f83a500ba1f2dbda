import { describe, it, expect } from 'vitest';
import { triageConversation } from './conversation.js';
import { createTriager } from './triager.load.js';
import type { TriageResult, Triager } from './triage.types.js';

const triager = createTriager();
const conversation = (...texts: string[]) => triageConversation(triager, texts.map((text) => ({ text })));

describe('triageConversation', () => {
  it('judges a one-message conversation as that message', () => {
    for (const text of ['Two men fighting with a knife at Zero Mile right now', 'काल रात्री माझी बाईक चोरीला गेली', 'how do I get a PCC?']) {
      const one = triager.triage({ text });
      const c = conversation(text);
      expect([c.category, c.priority, c.language, c.flags]).toEqual([one.category, one.priority, one.language, one.flags]);
      expect(c.text).toBe(text);
    }
  });

  it('lets greetings, commands and thanks decide nothing', () => {
    const report = 'Ajni chowk pe ek aadmi bike se gir gaya hai, sar se khoon beh raha hai, ambulance nahi aa rahi';
    const alone = triager.triage({ text: report });
    const c = conversation('/start', 'Hello sir', 'namaste', report, 'thank you');
    expect([c.category, c.priority, c.language]).toEqual([alone.category, alone.priority, alone.language]);
    expect(c.messages.map((m) => m.contentless)).toEqual([true, true, true, false, true]);
    expect(c.text).toBe(report);
    expect(c.reasons[0]).toMatch(/5 messages, 1 with a report, 4 without/);
  });

  it('reads the state of things from the later message: over after a fight, danger again after "they left"', () => {
    const over = conversation('hello', 'two groups are fighting with sticks outside Medical chowk right now', "ok they've all left now, nobody hurt");
    expect(over.priority).not.toBe('p1');
    const again = conversation('hello', "the men who were fighting outside have left", 'they are back with knives, fighting again right now');
    expect(again.priority).toBe('p1');
  });

  it('judges a chat at its latest state: help took the hurt, the men ran off, a false alarm owned', () => {
    // Each report's danger ends in a later one, in the words citizens use; the chat is then a report (p2) or,
    // for a false alarm or a search ended, a reply (p3); the reason says which report ended it.
    const took = conversation('नमस्कार', 'वाडी नाक्यावर अपघात, माणूस जखमी आहे, डोक्यातून रक्त येतंय', 'रुग्णवाहिका आली, त्याला मेडिकलला घेऊन गेले. ट्रक इथेच उभा आहे');
    expect(took.priority).toBe('p2');
    expect(took.reasons.join(' ')).toMatch(/a later report tells the danger over/);
    const fled = conversation('hi', 'i think a man is following me since the bus stop', 'ok i went into a medical store, he walked off. my brother is coming to pick me up');
    expect(fled.priority).toBe('p2');
    const owner = conversation('नमस्कार साहेब', 'सीताबर्डीत बस स्टॉपवर एक बॅग बेवारस पडलेली आहे', 'अरे, मालक आला. त्याचीच बॅग होती. माफ करा');
    expect(owner.priority).toBe('p3');
    const found = conversation('नमस्ते सर', 'मेरी बेटी स्कूल से नहीं आई, 3 बजे छुट्टी होती है, अब 5 बज गए', 'स्कूल नंदनवन में है', 'सर मिल गई, सहेली के घर चली गई थी');
    expect(found.priority).toBe('p3');
    // Owned as a false alarm, it ends the danger whatever words the same report retells ("stuck in the queue").
    expect(conversation('unattended blue suitcase near platform 1 at the station, been here 20 min', 'false alarm, owner came running, he got stuck in the queue. all fine').priority).toBe('p3');
    // The one who was the danger stopped by the police.
    expect(conversation('drunk truck driver swerving on Wardha road right now, almost hit people', 'traffic police stopped him at the airport square, they have taken the keys').priority).not.toBe('p1');
    // Typed by a child, nothing happened.
    expect(conversation('HELP someone stabbed at zero mile', 'sorry sir my son took my phone and typed this, nothing happened, very sorry').priority).toBe('p3');
    // Staged, a joke, or the thing was someone's after all.
    expect(conversation('सर गणेशपेठ बस स्टैंड पर मारपीट हो रही है', 'माफ़ कीजिए, वो फिल्म की शूटिंग चल रही है, कैमरा अब दिखा').priority).toBe('p3');
    expect(conversation('ek bag pada hai metro station ki seedhi pe, koi nahi le raha', 'ok sir ek aunty aa gayi unka tha, bhool gayi thi').priority).not.toBe('p1');
    // The police caught him; the girl harassed is fine now.
    expect(conversation('sir urgent', 'ek ladka chaku leke ghoom raha hai indora chowk pe', 'police aa gayi, usko pakad liya. thank you').priority).not.toBe('p1');
    expect(conversation('sir bus me ek aadmi ek ladki ko chhed raha tha', 'conductor ne usko utaar diya, ladki theek hai').priority).not.toBe('p1');
    // The place told after the end does not bring the danger back.
    const placeAfter = conversation('hello', 'two groups are fighting with sticks right now', 'police aa gayi, sab bhaag gaye', 'Mominpura');
    expect(placeAfter.priority).toBe('p2');
  });

  it('keeps a chat live when its later report is no end: a place corrected, the driver fled, danger again', () => {
    // "Sorry" opening a correction of the place is no false alarm.
    expect(conversation('namaste sir', 'yahan ladai ho rahi hai, 2 log ko chaku laga hai', 'sorry, Sadar nahi, ye Gittikhadan hai').priority).toBe('p1');
    // Someone stabbed and lying there: the attackers gone leave the hurt.
    expect(conversation('हेलो सर', 'अभी अभी दो लड़कों ने एक आदमी को चाकू मार दिया', 'वो ज़मीन पर पड़ा है', 'लड़के भाग गए').priority).toBe('p1');
    // Gone with the family to the temple and lost there is no one found ("with us" tells how she was lost).
    expect(conversation('namaskar saheb', 'majhi aai harvali aahe, tila alzheimer aahe', 'sakali Koradi mandirat aamchya sobat geli hoti, gardit harvali', 'ata 1 vajla').priority).toBe('p1');
    // Back after they had left, and breaking the gate: live again.
    expect(conversation('Hi, some guys were threatening our watchman with sticks at our society gate', "they've left now", "ok they're back with more people and breaking the gate").priority).toBe('p1');
    expect(conversation('sir Jaripatka market me 2 group me jhagda, lathi danda chal raha', 'ok ab shant ho gaya lag raha, log chale gaye', 'nahi sir wapas aa gaye, 20-25 log ho gaye ab, dukaane tod rahe').priority).toBe('p1');
    // Hurt, but help at hand: the fighters gone end it.
    expect(conversation("there's a fight outside the bar near Zero Mile, one has a knife", 'ok police came, they ran away. one guy has a cut on his arm, ambulance is already here').priority).toBe('p2');
    // Everyone around running off is panic, not the danger gone; those men running off is.
    expect(conversation('hello', 'Sadar me ek aadmi ne pistol nikala', 'sab log bhaag gaye').priority).toBe('p1');
    expect(conversation('hello', 'gali me 4 ladke talwar leke ghoom rahe', 'wo log bhaag gaye').priority).toBe('p2');
    // A hit-and-run driver gone leaves the hurt where they lie.
    expect(conversation('hello', 'jaripatka me ek aadmi ko truck ne kuchal diya, wo hil nahi raha', 'driver bhaag gaya truck leke').priority).toBe('p1');
    // The ambulance come is not the hurt taken away.
    expect(conversation('Hi', 'a bus hit a scooter at Medical Square, the man is lying there bleeding', 'ok ambulance came, police also here now').priority).toBe('p1');
    // Read from the last report back: danger again after the end.
    expect(conversation('hi', 'do group me jhagda ho raha hai lathi leke', 'ab shant ho gaya sab chale gaye', 'wo log wapas aa gaye talwar leke, maar rahe hai').priority).toBe('p1');
  });

  it('is never surer of p1 than its most urgent report alone', () => {
    const chat = ['hi', 'someone has been sitting in a parked car outside our gate for 2 hours', 'engine running, just watching the houses', 'JP Nagar lane 5'];
    const whole = conversation(...chat);
    const most = Math.max(...chat.slice(1).map((text) => modelP1(triager.triage({ text }))));
    expect(modelP1(whole)).toBeLessThanOrEqual(most + 0.005);
  });

  it('judges a conversation the same whether its earlier messages were read before or not', () => {
    // The desk judges a conversation again after every message, and the triager keeps each message's reading.
    const chat = ['/start', 'namaste sir', 'meri behen ko uska pati maar raha hai abhi', 'Kalamna, railway crossing ke paas', 'jaldi aao please'];
    const warm = createTriager();
    for (let k = 1; k < chat.length; k += 1) conversation(...chat.slice(0, k));
    for (let k = 1; k < chat.length; k += 1) triageConversation(warm, chat.slice(0, k).map((text) => ({ text })));
    const cold = triageConversation(createTriager(), chat.map((text) => ({ text })));
    const again = triageConversation(warm, chat.map((text) => ({ text })));
    expect(again).toEqual(cold);
    expect(again.priority).toBe('p1');
    // The same message in another conversation is read the same, and judged with its new neighbours.
    const other = triageConversation(warm, [{ text: 'hello' }, { text: 'jaldi aao please' }]);
    expect(other.category).not.toBe(cold.category);
  });

  it('waits for details when no message holds a report', () => {
    const c = conversation('Good morning sir', '🙏🙏', 'नमस्कार');
    expect(c.contentless).toBe(true);
    expect([c.category, c.priority]).toEqual(['other', 'p3']);
    expect(c.text).toBe('');
  });

  it('takes the highest priority any message or the whole reaches', () => {
    const c = conversation('my bag was stolen yesterday at Sadar', 'sir the same two men are back right now with knives');
    expect(c.priority).toBe('p1');
    expect(c.category).toBe('violence');
  });

  it('reads a message with what came before it: an injury told after a past is not a danger now', () => {
    const alone = triager.triage({ text: 'papa ke sar pe chot lagi hai, tempo wala ab paise dene se mana kar raha' });
    expect([alone.priority, alone.flags]).toEqual(['p1', []]);
    const c = conversation('hello', 'Omkar Nagar me parso meri bike ko tempo ne peeche se thoka tha', 'papa ke sar pe chot lagi hai, tempo wala ab paise dene se mana kar raha');
    // Not a sure p1: a report (p2), or at most a p1 the officer confirms, as the model leans (it has read such
    // injuries as urgent when the words around them hold a past).
    expect(c.priority === 'p2' || c.flags.includes('unsure')).toBe(true);
    expect(c.reasons.join(' ')).not.toMatch(/rule: a person at risk: injured/);
  });

  it('sees a danger split over two messages', () => {
    const c = conversation('sir please help', 'there is a bag lying at platform 1 since an hour', 'it has wires');
    expect(c.priority).toBe('p1');
    expect(c.category).toBe('suspicious');
    expect(c.flags).not.toContain('unsure');
  });

  it('lets the report, not a later thank-you, decide the category', () => {
    const c = conversation('my purse was snatched yesterday at Gandhibagh', 'thank you');
    expect(c.category).toBe('theft');
    expect(c.priority).toBe('p2');
  });

  it('takes the main language of the substantive messages', () => {
    expect(conversation('Hello sir', 'माझा मोबाईल काल बाजारात चोरीला गेला', 'सदर').language).toBe('mr');
    expect(conversation('hi', 'mera beta school se ghar nahi aaya', '8 saal ka hai, Jaripatka').language).toBe('hi-Latn');
  });

  it('finds personal data in every message, with offsets into the joined text', () => {
    const c = conversation('hello', 'my phone was snatched at Sitabuldi', 'call me on 98220 12345');
    const span = c.pii.find((p) => p.kind === 'phone');
    expect(span).toBeDefined();
    expect(c.text.slice(span?.start, span?.end).replace(/\s/g, '')).toBe('9822012345');
  });

  it('serves a triager without a conversation method: each message alone, then the whole', () => {
    const calls: string[] = [];
    const fake: Triager = {
      version: 'fake',
      triage: ({ text }): TriageResult => {
        calls.push(text);
        // A knife is a danger now until the words say he ran off.
        const p1 = text.includes('knife') && !text.includes('ran off');
        return { language: 'en', category: p1 ? 'violence' : 'theft', priority: p1 ? 'p1' : 'p2', pii: [], reasons: [], flags: [] };
      },
    };
    const c = triageConversation(fake, [{ text: 'Hi' }, { text: 'bag stolen' }, { text: 'he has a knife' }, { text: 'he ran off' }]);
    // The whole decides (the desk's ticket kept the p1 it had after the knife: ticket.lifecycle.ts); the
    // most urgent message is named.
    expect(c.priority).toBe('p2');
    expect(c.decidedBy).toBe(2);
    expect(calls).toEqual(['bag stolen', 'he has a knife', 'he ran off', 'bag stolen\nhe has a knife\nhe ran off']);
    expect(triageConversation(fake, [{ text: 'Hi' }, { text: 'bag stolen' }, { text: 'he has a knife' }]).priority).toBe('p1');
  });

  it('lets no message alone outweigh the whole conversation read together', () => {
    const fake: Triager = {
      version: 'fake',
      triage: ({ text }): TriageResult => ({
        language: 'en',
        category: 'theft',
        priority: text === 'bike stolen' ? 'p1' : 'p2',
        pii: [],
        reasons: [],
        flags: [],
      }),
    };
    const c = triageConversation(fake, [{ text: 'Hi' }, { text: 'bike stolen' }, { text: 'from the mall parking, between 6 and 9 yesterday' }]);
    expect(c.priority).toBe('p2');
  });
});

/**
 * The most the model's p1 probability can be, from its reason ("model: p1 0.88" is 0.88; "model: p2 0.60" leaves
 * at most 0.40 to p1).
 */
function modelP1(r: TriageResult): number {
  const m = /^model: (p\d) ([0-9.]+)$/.exec(r.reasons.find((x) => /^model: p\d [0-9.]+$/.test(x)) ?? '');
  if (m === null) throw new Error(`no model priority in ${r.reasons.join(' | ')}`);
  return m[1] === 'p1' ? Number(m[2]) : 1 - Number(m[2]);
}
