/** Who may see and do what: every query is scoped by the unit tree (DESIGN.md, Access). */
export const ROLES = ['operator', 'sho', 'dcp', 'control_room', 'commissioner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The logged-in officer on whose behalf a request runs. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  /** The unit the role is scoped to: a station, a zone, or the city. */
  unitId: string;
}

/**
 * How a unit relates to a ticket. Every ticket has a row for its owner station, the zone and
 * the city above it, and any special unit, so that "may this user see it" is one indexed lookup
 * on the user's own unit.
 */
export const RELATIONS = ['owner', 'zone', 'city', 'special', 'previous'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Whether a user's relation to a ticket lets them act on it, not only read it. */
export function canActWith(relation: Relation | undefined): boolean {
  return relation !== undefined && relation !== 'previous';
}

/** Whether a role may see citizens' personal data (phone numbers, names). */
export function seesPersonalData(role: Role): boolean {
  return role !== 'admin';
}

/**
 * Whether a role sees a citizen's phone number as written, to call them back: a station's officers and
 * the control room, who work tickets with citizens. A DCP, the Commissioner and the administrator
 * supervise or administer; they see it masked ("+91 ••••••••45"), enough to tell two citizens apart.
 */
export function seesCitizenPhone(role: Role): boolean {
  return role === 'operator' || role === 'sho' || role === 'control_room';
}

export function parseRole(value: string): Role | undefined {
  return ROLES.find((r) => r === value);
}
