import { describe, expect, it } from 'vitest';
import { devanagariSpelling, skeletonOf, spellingOf, stemsOf, tokenise, transliterateDevanagari, wordKey } from './place-name.normalise.js';

describe('place name skeletons', () => {
  it('gives romanised and Devanagari spellings of one place one skeleton', () => {
    const same = (words: string[]): void => {
      const keys = new Set(words.map(skeletonOf));
      expect(keys.size, words.join(' / ')).toBe(1);
    };
    same(['Sakardara', 'Sakkardara', 'Sakkardhara', 'सक्करदरा']);
    same(['Nandanwan', 'Nandanvan', 'नंदनवन']);
    same(['Ambazari', 'ambajhari', 'अंबाझरी']);
    same(['Seetabuldi', 'Sitabuldi']);
    same(['Sitabardi', 'सीताबर्डी', 'सिताबर्डी']);
    same(['Mominpura', 'मोमीनपुरा', 'मोमिनपुरा']);
    same(['Gandhibag', 'Gandhibagh']);
    same(['Laxmi', 'Lakshmi']);
    same(['Pachpaoli', 'Pachpawli', 'पाचपावली']);
    same(['Sonegaon', 'सोनेगाव', 'सोनेगांव']);
    same(['Gorewada', 'गोरेवाड़ा', 'गोरेवाडा']);
    same(['Civil', 'सिव्हिल']);
  });

  it('keeps different places apart', () => {
    expect(skeletonOf('Itwari')).not.toBe(skeletonOf('itwar'));
    expect(skeletonOf('Pardi')).not.toBe(skeletonOf('Pipla'));
  });

  it('transliterates nukta, anusvara and halant as a reader would write them', () => {
    expect(transliterateDevanagari('अंबाझरी')).toBe('ambajhari');
    expect(transliterateDevanagari('गोरेवाड़ा')).toBe('gorevada');
    expect(transliterateDevanagari('सक्करदरा')).toBe('sakkaradara');
  });

  it('strips Marathi and Hindi endings, undoing the oblique form', () => {
    const stems = (w: string): string[] => stemsOf(w).map((s) => s.stem);
    expect(stems('सीताबर्डीत')).toContain('सीताबर्डी');
    expect(stems('कळमन्यात')).toContain('कळमना');
    expect(stems('मंदिराजवळ')).toContain('मंदिर');
    expect(stems('सोनेगावात')).toContain('सोनेगाव');
    expect(stems('Dharampeth')).toEqual(['Dharampeth']);
    expect(stems('सदरमें')).toContain('सदर');
    expect(stems('हिंगणावाले')).toContain('हिंगणा');
  });

  it('strips romanised endings, marking their stems as exact-only', () => {
    const stems = (w: string): string[] => stemsOf(w).map((s) => s.stem);
    expect(stems('Itwarit')).toContain('Itwari');
    expect(stems('Sitabuldila')).toContain('Sitabuldi');
    expect(stems('Hingnyat')).toContain('Hingna');
    expect(stems('Jaripatkachya')).toContain('Jaripatka');
    expect(stemsOf('Itwarit').slice(1).every((s) => s.exactOnly === true)).toBe(true);
    expect(stems('Sadar')).toEqual(['Sadar']);
  });

  it('keeps the vowels of a Devanagari spelling and folds only the letters writers choose at will', () => {
    expect(devanagariSpelling('कळमना')).toBe(devanagariSpelling('कलमना'));
    expect(devanagariSpelling('फुटाळा')).toBe(devanagariSpelling('फुटाला'));
    expect(devanagariSpelling('कामठी')).toBe(devanagariSpelling('कामटि'));
    expect(devanagariSpelling('वाड़ी')).toBe(devanagariSpelling('वाडी'));
    expect(devanagariSpelling('कपसी')).toBe(devanagariSpelling('कापसी'));
    expect(devanagariSpelling('सदरा')).not.toBe(devanagariSpelling('सदर'));
    expect(devanagariSpelling('भेष')).not.toBe(devanagariSpelling('बेसा'));
  });

  it('keeps the vowels that the skeleton drops', () => {
    expect(skeletonOf('Kamal')).toBe(skeletonOf('Khamla'));
    expect(spellingOf('Kamal')).not.toBe(spellingOf('Khamla'));
    expect(spellingOf('Chowk')).toBe(spellingOf('चौक'));
  });

  it('makes every spelling of "square" one word', () => {
    expect(new Set(['chowk', 'Chauk', 'square', 'चौक'].map(wordKey)).size).toBe(1);
  });

  it('skips handles and links, and marks punctuation as a break', () => {
    const tokens = tokenise('@demo_sitabuldi_ps near Zero Mile, see https://x.com/a b');
    expect(tokens.map((t) => t.word)).toEqual(['near', 'Zero', 'Mile', 'see', 'b']);
    expect(tokens[3]?.breakBefore).toBe(true);
    expect(tokens[2]?.breakBefore).toBe(false);
    expect(tokens[1]?.start).toBe('@demo_sitabuldi_ps near '.length);
  });
});
