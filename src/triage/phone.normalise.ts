/**
 * One spelling per phone number, E.164, so that "+91 98220 12345", "09822012345" and "9822012345" are
 * the same citizen when contacts are matched and the desk searches. Numbers without a country code are
 * read as Indian (the force's); text with letters is never a phone (a ticket reference parses as one).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** The number in E.164 ("+919822012345"), or null when the text is not a possible phone number. */
export function toE164(text: string | null | undefined, country: CountryCode = 'IN'): string | null {
  if (!text || !/^[+\d\s().\-/]+$/.test(text.trim())) return null;
  if (text.replace(/\D/g, '').length < 8) return null;
  const parsed = parsePhoneNumberFromString(text.trim(), country);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * A phone as a role without personal data sees it: the country code and the last two digits, so that an
 * administrator can tell two citizens apart without learning either number ("+91 ••••••••45").
 */
export function maskPhone(text: string | null | undefined): string | null {
  const e164 = toE164(text);
  if (!e164) return text ? '••••' : null;
  const parsed = parsePhoneNumberFromString(e164);
  const national = parsed?.nationalNumber ?? e164.slice(3);
  return `+${parsed?.countryCallingCode ?? ''} ${'•'.repeat(Math.max(0, national.length - 2))}${national.slice(-2)}`;
}
