// Who a meeting summons, from each member's standing on the meeting's date. Until the meeting is held the
// roster follows the members (made official, exempted, transferred after planning); from then on it is the
// record and changes only through a correction of the minutes.
import { RuleError } from './errors';

export type RosterState = 'active' | 'exempt' | 'temp_exempt' | 'suspended' | 'elsewhere';

export type RosterMember = {
  personId: string;
  name: string;
  /** The member's standing now, and the day it became official (null: not official, or not recorded). */
  standing: 'official' | 'probationary';
  officialDate: string | null;
  state: 'active' | 'exempt' | 'temp_exempt' | 'suspended';
  /**
   * 'home': the cell is the member's own (official membership) and the member attends here;
   * 'away': own cell, but the member attends temporarily in another cell (sinh hoạt tạm thời);
   * 'guest_member': the member's own cell is elsewhere and the member attends here temporarily.
   */
  attachment: 'home' | 'away' | 'guest_member';
};

export type RosterEntry = {
  personId: string;
  name: string;
  /** 'member': summoned; 'exempt': listed with the cell but not summoned (exempt, suspended, attending elsewhere). */
  role: 'member' | 'exempt';
  standing: 'official' | 'probationary';
  memberState: RosterState;
  /** A member of another cell attending here temporarily (sinh hoạt tạm thời): summoned here, not one of the cell's own members. */
  guest: boolean;
};

/**
 * The standing on a date: official from the official date on (Charter art. 5: probation of 12 months,
 * then recognition as official). A member recorded official without a date is official.
 */
export function standingOn(m: Pick<RosterMember, 'standing' | 'officialDate'>, date: string): 'official' | 'probationary' {
  if (m.officialDate) return m.officialDate <= date ? 'official' : 'probationary';
  return m.standing;
}

/**
 * One member's line on the roster of a meeting held on `date`:
 * - attending temporarily in another cell: expected there, listed at home but not summoned, out of the voting base;
 * - suspended (đình chỉ sinh hoạt): listed, not summoned, out of the voting base;
 * - exempt or temporarily exempt: listed, not summoned, not absent (Charter; HD 12-HD/BTCTW);
 * - otherwise summoned, with the standing on the meeting's date.
 */
export function rosterEntry(m: RosterMember, date: string): RosterEntry {
  const standing = standingOn(m, date);
  const base = { personId: m.personId, name: m.name, standing, guest: m.attachment === 'guest_member' };
  if (m.state === 'suspended') return { ...base, role: 'exempt', memberState: 'suspended' };
  if (m.attachment === 'away') return { ...base, role: 'exempt', memberState: 'elsewhere' };
  if (m.state === 'exempt' || m.state === 'temp_exempt') return { ...base, role: 'exempt', memberState: m.state };
  return { ...base, role: 'member', memberState: 'active' };
}

/** Charter art. 21: a cell has at least 3 official members. */
export const MIN_OFFICIAL_MEMBERS = 3;

/**
 * The Charter's "a cell has at least 3 official members" (art. 21) is about the cell's own members: those whose
 * official party membership (sinh hoạt đảng chính thức) is in the cell. So it counts:
 * - not members of other cells attending here temporarily (`guest`): their membership stays in their own cell, which
 *   counts them — counting them here too would count one member in two cells;
 * - the cell's own official members attending temporarily in another cell ('elsewhere'): a temporary attendance does
 *   not move a member's membership (DOMAIN.md "Members": transfers official and temporary — only an official transfer
 *   does), so they remain the cell's members, though not summoned here for the period;
 * - exempt and suspended official members likewise: still the cell's members, only not summoned.
 */
export function tooFewOfficials(entries: readonly Pick<RosterEntry, 'standing' | 'guest'>[]): { official: number } | null {
  const official = entries.filter((e) => e.standing === 'official' && !e.guest).length;
  return official < MIN_OFFICIAL_MEMBERS ? { official } : null;
}

/**
 * Roll call, minutes and approval belong to the meeting's day or after: before it they need a reason
 * (a meeting held early, its date not yet corrected), otherwise they are refused.
 */
export function checkNotEarly(today: string, meetingDate: string, earlyReason: string | null | undefined): void {
  if (today < meetingDate && !earlyReason?.trim()) {
    throw new RuleError('meeting_not_yet', { date: meetingDate });
  }
}

/** A meeting still to come: planned or moved, on today or later. A held or approved meeting is never "upcoming". */
export function isUpcoming(m: { status: string; date: string }, today: string): boolean {
  return (m.status === 'planned' || m.status === 'moved') && m.date >= today;
}
