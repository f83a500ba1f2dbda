import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { en } from './en.js';
import { describeError } from './errors.js';
import { buildI18n, loadAllDictionaries } from './i18n.js';

await loadAllDictionaries();

const english = buildI18n('en');
const hindi = buildI18n('hi');
const marathi = buildI18n('mr');

describe('errors in the UI language', () => {
  it('says a known code in the UI language and keeps the server English for the title only', () => {
    const err = new ApiError(422, 'PERSONAL_DATA_IN_PUBLIC_REPLY', 'text: contains a phone number; a public reply must not. Remove it, or send a private reply', [], { masked: 'x' });
    const hi = describeError(err, hindi);
    expect(hi.text).toContain('सार्वजनिक जवाब');
    expect(hi.text).not.toMatch(/[A-Za-z]{3,}/);
    expect(hi.detail).toContain('contains a phone number');
    expect(hi.code).toBe('PERSONAL_DATA_IN_PUBLIC_REPLY');
    expect(describeError(err, english).text).toContain('phone number');
  });

  it('gives a translated fallback for a code the web does not know, never the message', () => {
    const err = new ApiError(418, 'TEAPOT_REFUSED', 'I am a teapot');
    for (const i18n of [english, hindi, marathi]) {
      const e = describeError(err, i18n);
      expect(e.text).not.toContain('teapot');
      expect(e.text).toBe(i18n.t('error.unknown'));
    }
    expect(describeError(new TypeError('x is undefined'), hindi).text).toBe(hindi.t('error.unknown'));
  });

  it("names VALIDATION_FAILED's fields in the UI language, from details or the message's start", () => {
    const fromDetails = new ApiError(400, 'VALIDATION_FAILED', 'body.reason: say why in a few words', [
      { field: 'body.reason', problem: 'say why in a few words' },
      { field: 'body.station', problem: 'Required' },
    ]);
    expect(describeError(fromDetails, english).text).toBe('Check the reason and the station: what you entered there could not be accepted.');
    expect(describeError(fromDetails, hindi).text).toBe('कारण और थाना जाँचें: वहाँ भरी गई जानकारी स्वीकार नहीं हो सकी।');
    const fromMessage = new ApiError(400, 'VALIDATION_FAILED', 'lat, lon: give both or neither');
    expect(describeError(fromMessage, marathi).text).toBe('स्थान तपासा: तिथे भरलेली माहिती स्वीकारता आली नाही.');
    const shift = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'body.shifts.1.start', problem: 'write HH:MM' }]);
    expect(describeError(shift, english).text).toBe('Check the start time (Shift 2): what you entered there could not be accepted.');
    // A field the UI has no name for: the general sentence, not the server's field path.
    const odd = new ApiError(400, 'VALIDATION_FAILED', 'body.clientKey: too long', [{ field: 'body.clientKey', problem: 'too long' }]);
    expect(describeError(odd, english).text).toBe(en['error.VALIDATION_FAILED']);
  });

  it('says how long to wait after a 429, with Intl units', () => {
    const err = new ApiError(429, 'RATE_LIMITED', 'Too many failed logins', [], { retryAfterSeconds: 600 }, 600);
    expect(describeError(err, english).text).toBe('Too many attempts in a short time. Wait 10 minutes, then try again.');
    expect(describeError(err, marathi).text).toContain('१० मिनिटे');
  });

  it('says an alert or a broadcast that would reach no one in each language', () => {
    const err = new ApiError(422, 'NO_RECIPIENTS', 'No one would receive this alert: the chosen stations have no community members and no X account to post from');
    expect(describeError(err, english).text).toMatch(/^No one would receive this/);
    for (const i18n of [hindi, marathi]) expect(describeError(err, i18n).text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('lets a screen say a code more exactly', () => {
    const err = new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');
    expect(describeError(err, hindi, { INVALID_CREDENTIALS: 'login.invalid' }).text).toBe(hindi.t('login.invalid'));
  });
});
