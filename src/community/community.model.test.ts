import { describe, expect, it } from 'vitest';
import { joinCodeKey, maskAddress, parseCommunityCommand } from './community.model.js';

describe('parseCommunityCommand', () => {
  it('reads a join in English, Hindi, Marathi and romanised', () => {
    expect(parseCommunityCommand('JOIN SITABULDI')).toEqual({ kind: 'join', code: 'sitabuldi', language: 'en' });
    expect(parseCommunityCommand('  join  Sitabuldi! ')).toEqual({ kind: 'join', code: 'sitabuldi', language: 'en' });
    expect(parseCommunityCommand('जॉइन सीताबर्डी')).toEqual({ kind: 'join', code: 'सीताबर्डी', language: 'hi' });
    expect(parseCommunityCommand('सामील सीताबर्डी')).toEqual({ kind: 'join', code: 'सीताबर्डी', language: 'mr' });
    expect(parseCommunityCommand('judo sitabuldi')).toEqual({ kind: 'join', code: 'sitabuldi', language: 'hi' });
  });
  it('reads STOP in three languages and romanised', () => {
    expect(parseCommunityCommand('STOP')).toEqual({ kind: 'stop', language: 'en' });
    expect(parseCommunityCommand('बंद')).toEqual({ kind: 'stop', language: 'hi' });
    expect(parseCommunityCommand('थांबा.')).toEqual({ kind: 'stop', language: 'mr' });
    expect(parseCommunityCommand('band karo')).toEqual({ kind: 'stop', language: 'hi' });
  });
  it('reads a check-in answer in either digits', () => {
    expect(parseCommunityCommand('1')).toEqual({ kind: 'answer', answer: '1' });
    expect(parseCommunityCommand(' २ ')).toEqual({ kind: 'answer', answer: '2' });
  });
  it('leaves reports alone', () => {
    expect(parseCommunityCommand('stop the loud music near Zero Mile, it is 1 am')).toBeNull();
    expect(parseCommunityCommand('join us at the protest near the big market square today please')).toBeNull();
    expect(parseCommunityCommand('my phone was stolen')).toBeNull();
    expect(parseCommunityCommand('')).toBeNull();
  });
  it('compares codes by letters only and masks all but three digits', () => {
    expect(joinCodeKey('Sita Buldi')).toBe(joinCodeKey('SITABULDI'));
    expect(maskAddress('919876543210')).toBe('•••••••••210');
  });
});
