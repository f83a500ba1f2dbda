import { describe, it, expect } from 'vitest';
import { CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';
import { normaliseMessage } from './normalise.js';

// The concept names a message holds, as the lexicon reads it.
const concepts = (text: string): string[] => {
  const hits = LEXICON.scan(normaliseMessage(text), new LexiconHits(CONCEPT_COUNT));
  return [...new Set(hits.order.map((id) => LEXICON.names[id] ?? ''))];
};

describe('lexicon', () => {
  it.each([
    ['chori', 'theft.steal'],
    ['chorii', 'theft.steal'],
    ['choree', 'theft.steal'],
    ['चोरी', 'theft.steal'],
    ['गाडी चोरीला गेली', 'theft.steal'],
    ['mobile snatched', 'theft.snatch'],
    ['chain jhapat', 'theft.snatch'],
    ['मंगळसूत्र हिसकावले', 'theft.snatch'],
    ['jebkatri', 'theft.pickpocket'],
    ['ghar fod', 'theft.breakin'],
    ['घरफोडी झाली', 'theft.breakin'],
    ['two men fighting', 'violence.fight'],
    ['maramari', 'violence.fight'],
    ['मारामारी', 'violence.fight'],
    ['हाणामारी', 'violence.fight'],
    ['dagadfek', 'violence.riot'],
    ['दगडफेक सुरू', 'violence.riot'],
    ['चाकूने वार', 'violence.weapon'],
    ['talwarein nikli', 'violence.weapon'],
    ['dhamki di', 'violence.threat'],
    ['hafta vasooli', 'violence.extortion'],
    ['peecha kar raha', 'women.follow'],
    ['पाठलाग करतोय', 'women.follow'],
    ['छेड़छाड़', 'women.harass'],
    ['hundyasathi tras', 'women.domestic'],
    ['wrong side driving', 'traffic.rash'],
    ['अपघात झाला', 'accident.collision'],
    ['lawaris bag pada hai', 'suspicious.object'],
    ['DJ full volume', 'nuisance.noise'],
    ['otp diya', 'cyber.payment'],
    ['beta ghar nahi aaya', 'missing.missing'],
    ['FIR nahi likhi', 'police.refuse'],
    ['tenant verification', 'info.service'],
    ['thank you', 'feedback.thanks'],
    ['शुभेच्छा', 'other.greeting'],
  ])('finds "%s" as %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  it('tolerates Marathi endings and English inflections on a known word', () => {
    expect(concepts('तलवारीने')).toContain('danger.weapon');
    expect(concepts('snatching')).toContain('theft.snatch');
    expect(concepts('stabbed')).toContain('violence.attack');
  });

  it('never reads a three-letter English stem as a danger or time word', () => {
    expect(concepts('this is my phone')).not.toContain('time.was');
    expect(concepts('more than two men')).not.toContain('time.was');
    expect(concepts('two boys fighting')).toContain('danger.child');
  });

  it('matches danger words exactly, not by a loose skeleton', () => {
    expect(concepts('jam on the main road')).not.toContain('danger.weapon');
    expect(concepts('copper wire stolen')).not.toContain('danger.weapon');
    expect(concepts('I live in Besa')).not.toContain('time.now');
  });

  it('reads the time of a message: now, in the past, not now', () => {
    expect(concepts('abhi abhi')).toContain('time.now');
    expect(concepts('चालू आहे')).toContain('time.now');
    expect(concepts('हो रहा है')).toContain('time.now');
    expect(concepts('kal raat')).toContain('time.past');
    expect(concepts('काल रात्री')).toContain('time.past');
    expect(concepts('abhi tak nahi mila')).toContain('time.not-now');
  });
});
