// One held meeting's session: roll call (members, the committee member in charge, guests), speeches,
// the vote on the resolution, party dues and the quality score, as the meetings service records them.
import { vnLocalToInstant } from '../../domain/dates';
import {
  DEFAULT_SCHEME, eligibleVoters, expectedDues, passes, scoreMeeting, THEMATIC_SCHEME, votingBase, type AttendanceRow, type RecordedStatus, isPresentStatus, OVERSEER_TITLE,
} from '../../domain/meetings/index';
import type { DemoCalendar } from './calendar';
import type { Rng } from './random';
import { type Guest, type Roster, type Summoned } from './meetings-roster';
import { EXCUSED_REASONS } from './meetings-words';
import type { HistoryAttendanceRow, HistoryInvitationRow, HistoryScoreRow } from '../modules/meetings/history';
import type { DemoMeetings } from './types';

/** An instant as ISO text: a Vietnam wall-clock date and time, plus minutes. */
export function at(date: string, time: string, plusMinutes = 0): string {
  return new Date(vnLocalToInstant(date, time).getTime() + plusMinutes * 60_000).toISOString();
}

/** 'HH:mm' plus minutes, on the same day. */
export function addTime(time: string, minutes: number): string {
  const t = Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes;
  if (t < 0 || t >= 24 * 60) throw new RangeError(`time out of the day: ${time} + ${minutes}`);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** State shared by all meetings of the section. */
export class Session {
  readonly salary = new Map<string, number>();
  private readonly away = new Map<string, boolean>();
  private readonly unexcusedYears = new Set<string>();
  private readonly overseerBusy = new Set<string>();

  constructor(
    readonly rng: Rng, readonly roster: Roster, readonly out: DemoMeetings,
    /** Designated absences without reason: person → months 'YYYY-MM'. */
    readonly designated: Map<string, Set<string>>,
    readonly cal: DemoCalendar,
    /** The year of the designated absences (in it, the designated members also miss some meetings with a reason). */
    readonly absenceYear: number,
  ) {}

  /** A few working-age village members work away from home most of the year. */
  worksAway(s: Summoned, cellType: string, date: string): boolean {
    if (!this.away.has(s.personId)) {
      const age = this.roster.age(s.personId, date);
      this.away.set(s.personId, cellType !== 'office' && age < 45 && this.rng.chance(0.12));
    }
    return this.away.get(s.personId)!;
  }

  /** One member's roll-call status at a regular or thematic meeting. */
  memberStatus(s: Summoned, cell: { key: string; type: string }, ym: string, regular: boolean, fixed: boolean)
    : { status: RecordedStatus; reason: string | null } {
    const rng = this.rng;
    const year = ym.slice(0, 4);
    const months = this.designated.get(s.personId);
    if (months) {
      if (regular && months.has(ym)) {
        this.unexcusedYears.add(`${s.personId} ${year}`);
        return { status: 'absent_unexcused', reason: null };
      }
      if (year === String(this.absenceYear) && rng.chance(0.3)) return { status: 'absent_excused', reason: 'Đi làm ăn xa' };
    }
    if (fixed) return { status: rng.chance(0.03) ? 'late' : 'present', reason: null };
    const elder = this.roster.age(s.personId, `${ym}-01`) >= 68;
    const away = this.worksAway(s, cell.type, `${ym}-01`);
    const pool = elder ? EXCUSED_REASONS.elder : away ? EXCUSED_REASONS.away
      : cell.type === 'office' ? (EXCUSED_REASONS[cell.key as 'cong-an'] ?? EXCUSED_REASONS.office) : EXCUSED_REASONS.village;
    const x = rng.float();
    const pExcused = elder ? 0.14 : away ? 0.3 : 0.04;
    if (x < pExcused) return { status: 'absent_excused', reason: rng.pick(pool) };
    // Rare absences without reason; never in Phiêng Lơi, at most one a year for anyone not designated.
    if (!months && cell.key !== 'phieng-loi' && x < pExcused + 0.004 && !this.unexcusedYears.has(`${s.personId} ${year}`)) {
      this.unexcusedYears.add(`${s.personId} ${year}`);
      return { status: 'absent_unexcused', reason: null };
    }
    if (x > 0.94) return { status: 'late', reason: null };
    if (x > 0.925) return { status: 'left_early', reason: null };
    return { status: 'present', reason: null };
  }

  /** Whether the committee member in charge attends: at most one of their cells meeting at the same hour. */
  overseerAttends(personId: string, date: string, time: string): boolean {
    const key = `${personId} ${date} ${time}`;
    if (this.overseerBusy.has(key) || !this.rng.chance(0.6)) return false;
    this.overseerBusy.add(key);
    return true;
  }

  /** The monthly dues base of salaried members and pensioners (1% of salary, 0.5% of pension). */
  baseAmount(s: Summoned): number | undefined {
    const cat = s.member.dues_category;
    if (cat !== 'salaried' && cat !== 'pensioner') return undefined;
    if (!this.salary.has(s.personId)) {
      this.salary.set(s.personId, cat === 'salaried' ? this.rng.int(45, 140) * 100_000 : this.rng.int(35, 90) * 100_000);
    }
    return this.salary.get(s.personId);
  }
}

export interface RollCall {
  invitations: HistoryInvitationRow[];
  attendance: HistoryAttendanceRow[];
  rows: AttendanceRow[];
  presentMembers: Summoned[];
  overseerPresent: { personId: string; name: string } | null;
  guestsPresent: Guest[];
}

/** Invitations as autoInvite and addGuest write them, and the roll call of those who came. */
export function rollCall(
  ses: Session, meetingId: string, createdAt: string, recordedAt: string, recordedBy: string | null,
  summoned: Summoned[], overseers: { personId: string; name: string }[], guests: Guest[], village: string,
  status: (s: Summoned) => { status: RecordedStatus; reason: string | null } | null,
  overseerCame: (personId: string) => boolean, guestTitle: (g: Guest) => string | null,
): RollCall {
  const rng = ses.rng;
  const rc: RollCall = { invitations: [], attendance: [], rows: [], presentMembers: [], overseerPresent: null, guestsPresent: [] };
  const mark = (inv: HistoryInvitationRow, st: RecordedStatus, reason: string | null) => rc.attendance.push({
    invitation_id: inv.id, meeting_id: meetingId, status: st, reason, method: 'manual', recorded_by: recordedBy, recorded_at: recordedAt,
  });
  for (const s of summoned) {
    const inv: HistoryInvitationRow = {
      id: rng.uuid(), meeting_id: meetingId, role: s.state === 'active' ? 'member' : 'exempt', person_id: s.personId, partner_unit_id: null,
      name: s.name, title: null, standing: s.standing, member_state: s.state, created_at: createdAt,
    };
    rc.invitations.push(inv);
    const st = s.state === 'active' ? status(s) : null;
    if (st) mark(inv, st.status, st.reason);
    if (st && isPresentStatus(st.status)) rc.presentMembers.push(s);
    rc.rows.push({ memberId: s.personId, name: s.name, standing: s.standing, state: s.state, status: st?.status ?? 'not_recorded',
      ...(st?.reason ? { reason: st.reason } : {}) });
  }
  const memberIds = new Set(summoned.map((s) => s.personId));
  for (const o of overseers.filter((x) => !memberIds.has(x.personId))) {
    const inv: HistoryInvitationRow = {
      id: rng.uuid(), meeting_id: meetingId, role: 'overseer', person_id: o.personId, partner_unit_id: null, name: o.name,
      title: OVERSEER_TITLE, standing: null, member_state: null, created_at: createdAt,
    };
    rc.invitations.push(inv);
    if (overseerCame(o.personId)) {
      mark(inv, 'present', null);
      rc.overseerPresent = o;
    } else {
      mark(inv, 'absent_excused', 'Dự sinh hoạt với chi bộ khác hoặc bận công tác');
    }
  }
  for (const g of guests) {
    const inv: HistoryInvitationRow = {
      id: rng.uuid(), meeting_id: meetingId, role: 'guest', person_id: g.personId, partner_unit_id: g.unitId, name: g.name,
      title: guestTitle(g) ?? g.title ?? village, standing: null, member_state: null, created_at: createdAt,
    };
    rc.invitations.push(inv);
    if (rng.chance(0.9)) {
      mark(inv, 'present', null);
      rc.guestsPresent.push(g);
    } else {
      mark(inv, 'absent_excused', 'Bận việc gia đình');
    }
  }
  return rc;
}

/** One show-of-hands vote on the resolution: counts within those who may vote, passing the base. */
export function resolutionVote(rng: Rng, rows: AttendanceRow[]) {
  const eligible = eligibleVoters(rows);
  const base = votingBase(rows);
  const other = eligible > 4 && rng.chance(0.15) ? 1 : 0;
  const against = eligible > 6 && rng.chance(0.04) ? 1 : 0;
  let votesFor = eligible - other - against;
  if (!passes(votesFor, base)) votesFor = eligible;
  if (!passes(votesFor, base)) throw new Error(`demo vote would fail: ${votesFor}/${base}`);
  return { base, eligible, votes_for: votesFor, votes_against: votesFor === eligible ? 0 : against,
    votes_other: votesFor === eligible ? 0 : other, passed: true };
}

/** Expected dues of a member (mountainous area for everyone of Thanh Minh, as the setting defaults). */
export function duesOf(ses: Session, s: Summoned): number {
  return expectedDues(s.member.dues_category, { area: 'mountainous', baseAmount: ses.baseAmount(s) });
}

export interface Facts {
  thematic: boolean; rate: number; unexcused: number; lateOrEarly: number; onTime: boolean; durationOk: boolean; speeches: number;
  weak: boolean;
}

/** The cell's own score of the meeting with the default scheme (or the thematic one), from what happened. */
export function score(rng: Rng, meetingId: string, f: Facts, who: { proposedBy: string | null; confirmedBy: string | null },
  when: { proposed: string; confirmed: string }, comment: string): HistoryScoreRow {
  const w = f.weak;
  const one = <T>(good: T, ...other: T[]) => (rng.chance(0.8) ? good : rng.pick(other.length ? other : [good]));
  const rate = (full: number, mid: number, low: number) => (f.rate > 0.85 ? full : f.rate >= 0.75 ? mid : low);
  const points: Record<string, number> = f.thematic ? {
    th_topic: 5, th_report: w ? 7 : one(10, 9), th_committee: w ? 3 : one(5, 4), th_notice: w ? 2 : one(5, 4),
    th_att_rate: rate(15, 12, 10), th_att_no_unexcused: f.unexcused ? 0 : 5,
    th_presentation: w ? 7 : one(10, 9), th_discussion: f.speeches >= 3 ? 15 : 12, th_duration: f.durationOk ? 5 : 2,
    th_conclusion: w ? 7 : one(10, 9), th_actions: w ? 6 : one(10, 9, 8), th_minutes: 5,
  } : {
    prep_content: w ? 2 : one(5, 4), prep_committee: w ? 2 : 5, prep_notice: w ? 2 : one(5, 4),
    att_rate: rate(12, 10, 8), att_no_unexcused: f.unexcused ? 0 : 5, att_punctual: f.lateOrEarly === 0 ? 3 : f.lateOrEarly === 1 ? 2 : 1,
    con_on_time: f.onTime ? 5 : 3, con_duration: f.durationOk ? 5 : 2, con_ho_chi_minh: w ? 3 : one(5, 4),
    con_dissemination: w ? 3 : one(5, 4), con_review: w ? 5 : one(10, 9, 8), con_speaking: w ? 5 : f.speeches >= 3 ? 10 : 8,
    con_chairing: w ? 3 : 5, clo_resolution: 5, clo_tasks: w ? 3 : one(5, 4), clo_minutes: w ? 4 : 5, clo_previous: w ? 2 : one(5, 4),
  };
  const scheme = f.thematic ? THEMATIC_SCHEME : DEFAULT_SCHEME;
  const result = scoreMeeting(scheme, points);
  return {
    meeting_id: meetingId, scheme_id: scheme.id, scheme_version: scheme.version, points, total: result.total, level: result.level,
    proposed_by: who.proposedBy, proposed_at: when.proposed, confirmed_by: who.confirmedBy, confirmed_at: when.confirmed, comment,
    confirm_reason: null,
  };
}
