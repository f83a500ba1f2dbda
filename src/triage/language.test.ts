import { describe, it, expect } from 'vitest';
import { identifyLanguage } from './language.js';
import { normaliseMessage } from './normalise.js';

const lang = (text: string): string => identifyLanguage(normaliseMessage(text).tokens).language;

describe('identifyLanguage', () => {
  it('tells Hindi from Marathi in Devanagari by function words and endings', () => {
    expect(lang('मेरे घर में चोरी हो गई है, कृपया मदद कीजिए')).toBe('hi');
    expect(lang('माझ्या घरात चोरी झाली आहे, लवकर पोलीस पाठवा')).toBe('mr');
    expect(lang('कळमन्यात बाजाराजवळ दगडफेक सुरू आहे')).toBe('mr');
  });

  it('tells romanised Hindi/Marathi from English', () => {
    expect(lang('bhai yaha maramari chal rahi hai abhi jaldi aao')).toBe('hi-Latn');
    expect(lang('majhi gadi chorila geli aahe kal ratri')).toBe('hi-Latn');
    expect(lang('My bike was stolen from the parking near the station yesterday')).toBe('en');
  });

  it('keeps the main language when a few words of another are mixed in', () => {
    expect(lang('Someone stole my phone at the bus stop yesterday, please help bhai')).toBe('en');
    expect(lang('mera phone bus stop pe chori ho gaya, please help karo jaldi')).toBe('hi-Latn');
  });
});
