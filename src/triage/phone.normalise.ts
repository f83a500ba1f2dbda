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
