import { describe, expect, it } from 'vitest';
import { isContentless } from './contentless.js';

describe('isContentless', () => {
  it('finds no report in greetings, commands, thanks and stickers in four registers', () => {
    for (const t of ['Hi', 'hello sir', '/start', '/start@NagpurPoliceBot', 'Good morning sir 🙏', 'namaste ji', 'नमस्ते सर', 'नमस्कार साहेब',
      'thank you so much', 'thanks sir', 'धन्यवाद', 'शुक्रिया जी', 'ok', 'ok sir', '👍', '🙏🙏🙏', '??', '...', 'hii is anyone there', 'Jai Hind sir', '  ',
      'gud mrng sir', 'Good evening Nagpur Police', 'hmm ok', 'thanx', 'thank u', 'शुभ रात्री', 'गुड मॉर्निंग सर', 'खूप खूप धन्यवाद', 'जय भीम',
      'Helloooo', 'okie 👍🏻', 'राम राम साहेब', 'namaskar bhau'])
      expect(isContentless(t), t).toBe(true);
  });

  it('sees a report, a plea or a place however short', () => {
    for (const t of ['help', 'bachao', 'मदत करा', '/help', 'Hi, my phone was stolen', 'hello sir chain snatching at Sitabuldi', 'fight', 'accident zero mile',
      'नमस्ते, मेरा बेटा घर नहीं आया', 'sir 2 log maar rahe hai', 'Sitabuldi', 'NGP-2026-000042', 'MH31 AB 1234',
      'sir please help', 'help me please', 'please help sir', 'ok but nobody came', 'thanks, but the noise started again', 'Platform 3',
      'सदर', 'Itwari', 'धरमपेठमध्ये'])
      expect(isContentless(t), t).toBe(false);
  });
});
