import { RuleError } from './errors';
import type { Labels } from '../labels';

export type MemberStanding = 'official' | 'probationary';
/** 'suspended' and 'elsewhere' (attending temporarily in another cell) are listed but not summoned, like the exempt. */
export type MemberState = 'active' | 'exempt' | 'temp_exempt' | 'suspended' | 'elsewhere';
/** The statuses a roll call records; 'not_recorded' is what an invitation without a record counts as. */
export const RECORDED_STATUSES = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
export type RecordedStatus = (typeof RECORDED_STATUSES)[number];
export type AttendanceStatus = RecordedStatus | 'not_recorded';

export const ATTENDANCE_STATUS_LABELS: Labels<AttendanceStatus> = {
  present: { vi: 'Có mặt', en: 'Present' },
  late: { vi: 'Đến muộn', en: 'Late' },
  left_early: { vi: 'Về sớm', en: 'Left early' },
  absent_excused: { vi: 'Vắng có lý do', en: 'Absent with reason' },
  absent_unexcused: { vi: 'Vắng không lý do', en: 'Absent without reason' },
  not_recorded: { vi: 'Chưa điểm danh', en: 'Not recorded' },
};

export type AttendanceRow = {
  memberId?: string;
  name: string;
  standing: MemberStanding;
  state: MemberState;
  status: AttendanceStatus;
  reason?: string;
};

export type Absentee = { memberId?: string; name: string; status: 'absent_excused' | 'absent_unexcused'; reason?: string };

export type AttendanceCounts = {
  total: number;
  official: number;
  probationary: number;
  /** Exempt from meetings, permanently or temporarily (not counted as absent). */
  exempt: number;
  temporarilyExempt: number;
  /** Suspended, or attending temporarily in another cell: not summoned here, not absent, out of the voting base. */
  notSummoned: number;
  /** Members expected to attend (not exempt). */
  expected: number;
  officialExpected: number;
  /** Everyone who attended (present, late or left early), exempt members who came included. */
  present: number;
  presentOfficial: number;
  presentProbationary: number;
  /** Official, non-exempt members who attended: the quorum numerator. */
  presentOfficialExpected: number;
  /**
   * Members expected who attended (late and left early included). Always
   * presentExpected + absentExcused + absentUnexcused + notRecorded = expected.
   */
  presentExpected: number;
  /** Members not expected (exempt, suspended, attending elsewhere) who came all the same. */
  presentNotExpected: number;
  /** Official members expected and absent with a reason: the voting base is officialExpected minus these. */
  officialAbsentExcused: number;
  late: number;
  leftEarly: number;
  absentExcused: number;
  absentUnexcused: number;
  notRecorded: number;
  absentees: Absentee[];
};

export type Quorum = { num: number; den: number };

// LOCAL rule: no national quorum for a regular meeting was found (DOMAIN.md); 2/3 is common local practice.
export const DEFAULT_QUORUM: Readonly<Quorum> = { num: 2, den: 3 };

/** The title a committee member in charge of the cell is summoned, and recorded in the minutes, with. */
export const OVERSEER_TITLE = 'Đảng ủy viên phụ trách chi bộ';

export type PresentStatus = 'present' | 'late' | 'left_early';

/** Present, late or left early: attended (the roll call's statuses as stored, a missing mark included). */
export function isPresentStatus(s: string | null | undefined): s is PresentStatus {
  return s === 'present' || s === 'late' || s === 'left_early';
}

const isExempt = (r: AttendanceRow): boolean => r.state === 'exempt' || r.state === 'temp_exempt';
/** Not expected at this meeting: exempt, temporarily exempt, suspended or attending in another cell. */
const notExpected = (r: AttendanceRow): boolean => r.state !== 'active';

export function countAttendance(rows: readonly AttendanceRow[]): AttendanceCounts {
  const c: AttendanceCounts = {
    total: rows.length,
    official: 0,
    probationary: 0,
    exempt: 0,
    temporarilyExempt: 0,
    notSummoned: 0,
    expected: 0,
    officialExpected: 0,
    present: 0,
    presentOfficial: 0,
    presentProbationary: 0,
    presentOfficialExpected: 0,
    presentExpected: 0,
    presentNotExpected: 0,
    officialAbsentExcused: 0,
    late: 0,
    leftEarly: 0,
    absentExcused: 0,
    absentUnexcused: 0,
    notRecorded: 0,
    absentees: [],
  };
  for (const r of rows) {
    const official = r.standing === 'official';
    const exempt = notExpected(r);
    if (official) c.official++;
    else c.probationary++;
    if (isExempt(r)) c.exempt++;
    else if (exempt) c.notSummoned++;
    if (r.state === 'temp_exempt') c.temporarilyExempt++;
    if (!exempt) c.expected++;
    if (!exempt && official) c.officialExpected++;
    if (isPresentStatus(r.status)) {
      c.present++;
      if (official) c.presentOfficial++;
      else c.presentProbationary++;
      if (official && !exempt) c.presentOfficialExpected++;
      if (exempt) c.presentNotExpected++;
      else c.presentExpected++;
      if (r.status === 'late') c.late++;
      if (r.status === 'left_early') c.leftEarly++;
      continue;
    }
    // Exempt members who stay away are not absent (Charter; DOMAIN.md "Members").
    if (exempt) continue;
    if (r.status === 'not_recorded') c.notRecorded++;
    else {
      if (r.status === 'absent_excused') {
        c.absentExcused++;
        if (official) c.officialAbsentExcused++;
      } else c.absentUnexcused++;
      c.absentees.push({
        ...(r.memberId !== undefined ? { memberId: r.memberId } : {}),
        name: r.name,
        status: r.status,
        ...(r.reason ? { reason: r.reason } : {}),
      });
    }
  }
  return c;
}

function checkQuorum(q: Quorum): void {
  if (!Number.isInteger(q.num) || !Number.isInteger(q.den) || q.num <= 0 || q.den <= 0 || q.num > q.den) {
    throw new RuleError('invalid_quorum', { num: q.num, den: q.den });
  }
}

/** Official, non-exempt members who must attend for the meeting to be valid: ceil(quorum × base). */
export function quorumRequired(counts: Pick<AttendanceCounts, 'officialExpected'>, quorum: Quorum = DEFAULT_QUORUM): number {
  checkQuorum(quorum);
  return Math.ceil((quorum.num * counts.officialExpected) / quorum.den);
}

/**
 * LOCAL rule, a setting (DOMAIN.md: no national number found; 2/3 is common local practice):
 * present official non-exempt members ≥ ceil(quorum × official non-exempt members).
 * A cell with no official member expected cannot hold a valid meeting.
 */
export function isMeetingValid(
  counts: Pick<AttendanceCounts, 'officialExpected' | 'presentOfficialExpected'>,
  quorum: Quorum = DEFAULT_QUORUM,
): boolean {
  const required = quorumRequired(counts, quorum);
  return counts.officialExpected > 0 && counts.presentOfficialExpected >= required;
}

/**
 * Official members summoned who count for a resolution (Charter art. 3, 9; QĐ 24-QĐ/TW 9.3.2).
 * Excluded: probationary members (never vote), exempt or temporarily exempt members who are absent,
 * members absent with an accepted reason. Unexcused or unrecorded absentees stay in the base.
 * Suspended members and members attending temporarily in another cell (states 'suspended', 'elsewhere') are
 * never in the base. Detained members are not modelled: leave them out of `rows`.
 */
export function votingBase(rows: readonly AttendanceRow[]): number {
  let base = 0;
  for (const r of rows) {
    if (r.standing !== 'official') continue;
    // Suspended members and those attending in another cell are never in the base, even if they came.
    if (r.state === 'suspended' || r.state === 'elsewhere') continue;
    if (isPresentStatus(r.status)) base++;
    else if (isExempt(r) || r.status === 'absent_excused') continue;
    else base++;
  }
  return base;
}

/** Official members present, who may vote. Probationary members attend and speak but do not vote. */
export function eligibleVoters(rows: readonly AttendanceRow[]): number {
  return rows.filter((r) => r.standing === 'official' && r.state !== 'suspended' && r.state !== 'elsewhere' && isPresentStatus(r.status)).length;
}

/** Charter: a resolution passes with more than half of the voting base, not of those present. */
export function passes(votesFor: number, base: number): boolean {
  return base > 0 && votesFor * 2 > base;
}

export type Vote = { for: number; against: number; other: number };

export function validateVote(vote: Vote, eligibleCount: number): void {
  for (const key of ['for', 'against', 'other'] as const) {
    const v = vote[key];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new RuleError('vote_not_integer', { field: key, value: v });
    }
    if (v < 0) {
      throw new RuleError('vote_negative', { field: key, value: v });
    }
  }
  const total = vote.for + vote.against + vote.other;
  if (total > eligibleCount) {
    throw new RuleError('vote_exceeds_eligible', { total, eligible: eligibleCount });
  }
}

export type VoteOutcome = { base: number; for: number; percent: number; passed: boolean };

/** Result line of the minutes ("Tán thành: 19/20 (95%)"): percent of the voting base, one decimal. */
export function voteOutcome(vote: Vote, base: number): VoteOutcome {
  return {
    base,
    for: vote.for,
    percent: base > 0 ? Math.round((vote.for * 1000) / base) / 10 : 0,
    passed: passes(vote.for, base),
  };
}
