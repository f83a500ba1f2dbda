/** A citizen's phone as a role sees it: as written for those who call citizens back, masked for the rest. */
import { seesCitizenPhone, type Role } from '../auth/access.js';
import { maskPhone } from '../triage/phone.normalise.js';
import { findPii, maskPii } from '../triage/pii.js';

/** The phone as written, or masked ("+91 ••••••••45") for a role that does not call citizens back. */
export function citizenPhoneFor(role: Role, phone: string | null): string | null {
  if (phone === null) return null;
  return seesCitizenPhone(role) ? phone : maskPhone(phone);
}

/** A citizen's message for a role that sees personal data but not phones: the numbers in it masked, the rest as written. */
export function maskPhonesIn(text: string): string {
  return maskPii(text, findPii(text).filter((s) => s.kind === 'phone'));
}
