// Who a meeting summons, from each member's standing on the meeting's date. Until the meeting is held the
// roster follows the members (made official, exempted, transferred after planning); from then on it is the
// record and changes only through a correction of the minutes.
import { OVERSEER_TITLE } from './attendance';
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

/** An invitation as stored, as much of it as the roster's rule reads. */
export type StoredInvitation = {
  role: 'member' | 'exempt' | 'overseer' | 'guest';
  personId: string | null;
  name: string;
  standing: 'official' | 'probationary' | null;
  memberState: RosterState | null;
  guest: boolean;
  /** Something was recorded for it (its roll call): it stays, whatever became of the member. */
  recorded: boolean;
};

/** What the roster of one meeting is planned from. */
export type RosterFacts<I extends StoredInvitation = StoredInvitation> = {
  /** Planned or moved: the roster follows the members. Held: it is the record, only the committee member in charge is added. */
  live: boolean;
  /** The cell's roster on the meeting's date (rosterEntry of each member, each person once). */
  roster: readonly RosterEntry[];
  /** The committee members in charge of the cell on the meeting's date. */
  overseers: readonly { personId: string; name: string }[];
  /** Who chairs and who records the meeting: their invitations stay when they leave the cell. */
  keep: readonly (string | null)[];
  /** Those invited so far: by earlier plans, and by hand (guests; a member the secretary took off is simply not here). */
  invited: readonly I[];
};

/** An invitation the plan adds. */
export type NewInvitation = {
  role: 'member' | 'exempt' | 'overseer';
  personId: string;
  name: string;
  /** The overseer's title (OVERSEER_TITLE); null for a member. */
  title: string | null;
  standing: 'official' | 'probationary' | null;
  memberState: RosterState | null;
  guest: boolean;
};

/** What a meeting's invitations become: the one rule a write stores (autoInvite) and a reader is shown (liveInvitations). */
export type RosterPlan<I extends StoredInvitation = StoredInvitation> = {
  /** Members no longer on the roster, with nothing recorded for them, neither chairing nor recording: taken off. */
  drop: I[];
  /** Member invitations brought up to the roster (standing, state, name, guest), each with its new line. */
  update: { invitation: I; entry: RosterEntry }[];
  /** Members not yet invited, then the committee members in charge not yet invited, in that order. */
  add: NewInvitation[];
};

/**
 * The roster's rule for one meeting. Until the meeting is held the roster follows the members: a member's line
 * is brought up to the meeting's date, members who joined are added, members who left are taken off unless
 * something was recorded for them or they chair or record the meeting. A member's invitation only — a guest or
 * an overseer invited by hand who is also on the roster stays as invited. Once held, the roster is the record:
 * members are left as they are. In both, the committee members in charge not yet invited are added, each once.
 */
export function planRoster<I extends StoredInvitation>(f: RosterFacts<I>): RosterPlan<I> {
  const plan: RosterPlan<I> = { drop: [], update: [], add: [] };
  const onRoster = new Map(f.roster.map((r) => [r.personId, r]));
  const keep = new Set(f.keep.filter((x): x is string => !!x));
  const isMember = (i: I) => (i.role === 'member' || i.role === 'exempt') && i.personId !== null;
  const invited = new Map<string, I>();
  for (const i of f.invited) {
    if (f.live && isMember(i) && !onRoster.has(i.personId!) && !i.recorded && !keep.has(i.personId!)) {
      plan.drop.push(i);
      continue;
    }
    if (i.personId !== null) invited.set(i.personId, i);
  }
  const taken = new Set(invited.keys());
  for (const x of f.live ? f.roster : []) {
    const i = invited.get(x.personId);
    if (!i) {
      if (taken.has(x.personId)) continue;
      taken.add(x.personId);
      plan.add.push({ role: x.role, personId: x.personId, name: x.name, title: null, standing: x.standing, memberState: x.memberState, guest: x.guest });
    } else if (isMember(i) && (i.role !== x.role || i.name !== x.name || i.standing !== x.standing || i.memberState !== x.memberState || i.guest !== x.guest)) {
      plan.update.push({ invitation: i, entry: x });
    }
  }
  for (const o of f.overseers) {
    if (taken.has(o.personId)) continue;
    taken.add(o.personId);
    plan.add.push({ role: 'overseer', personId: o.personId, name: o.name, title: OVERSEER_TITLE, standing: null, memberState: null, guest: false });
  }
  return plan;
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
