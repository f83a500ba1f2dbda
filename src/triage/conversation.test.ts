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
    expect(alone.priority).toBe('p1');
    const c = conversation('hello', 'Omkar Nagar me parso meri bike ko tempo ne peeche se thoka tha', 'papa ke sar pe chot lagi hai, tempo wala ab paise dene se mana kar raha');
    expect(c.priority).toBe('p2');
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
