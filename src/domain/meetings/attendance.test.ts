import { describe, expect, it } from 'vitest';
import {
  countAttendance,
  eligibleVoters,
  isMeetingValid,
  passes,
  quorumRequired,
  validateVote,
  voteOutcome,
  votingBase,
  type AttendanceRow,
} from './attendance';
import { RuleError } from './errors';

const row = (name: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({
  name,
  standing: 'official',
  state: 'active',
  status: 'present',
  ...over,
});

const thrown = (fn: () => unknown): RuleError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
};

// The template's example cell: 22 members (21 official, 1 probationary), 1 exempt, 20 present, 1 absent excused.
const phiengLoi: AttendanceRow[] = [
  ...Array.from({ length: 19 }, (_, i) => row(`Đảng viên ${i + 1}`)),
  row('Quàng Thị Dự Bị', { standing: 'probationary' }),
  row('Lò Văn Ốm', { status: 'absent_excused', reason: 'ốm' }),
  row('Cụ Miễn', { state: 'exempt', status: 'not_recorded' }),
];

describe('countAttendance', () => {
  it('counts the template example', () => {
    const c = countAttendance(phiengLoi);
    expect(c).toMatchObject({
      total: 22,
      official: 21,
      probationary: 1,
      exempt: 1,
      expected: 21,
      officialExpected: 20,
      present: 20,
      presentOfficial: 19,
      presentProbationary: 1,
      presentOfficialExpected: 19,
      absentExcused: 1,
      absentUnexcused: 0,
      notRecorded: 0,
    });
    expect(c.absentees).toEqual([{ name: 'Lò Văn Ốm', status: 'absent_excused', reason: 'ốm' }]);
  });

  it('counts late and left-early as present, exempt absentees not as absent', () => {
    const c = countAttendance([
      row('A', { status: 'late' }),
      row('B', { status: 'left_early' }),
      row('C', { status: 'absent_unexcused' }),
      row('D', { state: 'temp_exempt', status: 'absent_excused', reason: 'đi làm ăn xa' }),
      row('E', { state: 'exempt', status: 'present' }),
      row('F', { status: 'not_recorded' }),
    ]);
    expect(c).toMatchObject({ present: 3, late: 1, leftEarly: 1, absentUnexcused: 1, absentExcused: 0, notRecorded: 1 });
    expect(c).toMatchObject({ exempt: 2, temporarilyExempt: 1, expected: 4, officialExpected: 4, presentOfficialExpected: 2 });
    expect(c.absentees.map((a) => a.name)).toEqual(['C']);
  });
});

describe('isMeetingValid (local 2/3 rule)', () => {
  it('needs ceil(2/3) of the official non-exempt members', () => {
    expect(quorumRequired({ officialExpected: 20 })).toBe(14);
    expect(isMeetingValid({ officialExpected: 20, presentOfficialExpected: 14 })).toBe(true);
    expect(isMeetingValid({ officialExpected: 20, presentOfficialExpected: 13 })).toBe(false);
    expect(isMeetingValid({ officialExpected: 3, presentOfficialExpected: 2 })).toBe(true);
    expect(isMeetingValid({ officialExpected: 3, presentOfficialExpected: 1 })).toBe(false);
    expect(isMeetingValid(countAttendance(phiengLoi))).toBe(true);
  });
  it('takes the quorum as a parameter', () => {
    expect(isMeetingValid({ officialExpected: 10, presentOfficialExpected: 6 }, { num: 1, den: 2 })).toBe(true);
    expect(isMeetingValid({ officialExpected: 10, presentOfficialExpected: 6 }, { num: 3, den: 4 })).toBe(false);
    expect(thrown(() => isMeetingValid({ officialExpected: 10, presentOfficialExpected: 6 }, { num: 4, den: 3 })).code).toBe(
      'invalid_quorum',
    );
  });
  it('is never valid with nobody expected', () => {
    expect(isMeetingValid({ officialExpected: 0, presentOfficialExpected: 0 })).toBe(false);
  });
});

describe('voting (Charter art. 3, 9; QĐ 24-QĐ/TW 9.3.2)', () => {
  it('DOMAIN.md worked example: 11 official, 1 absent excused → base 10; 5 fails, 6 passes', () => {
    const rows = [...Array.from({ length: 10 }, (_, i) => row(`M${i}`)), row('Vắng', { status: 'absent_excused' })];
    const base = votingBase(rows);
    expect(base).toBe(10);
    expect(eligibleVoters(rows)).toBe(10);
    expect(passes(5, base)).toBe(false);
    expect(passes(6, base)).toBe(true);
  });

  it('counts unexcused absentees in the base, so the bar is on those summoned, not those present', () => {
    const rows = [...Array.from({ length: 8 }, (_, i) => row(`M${i}`)), row('X', { status: 'absent_unexcused' }), row('Y', { status: 'absent_unexcused' })];
    expect(votingBase(rows)).toBe(10);
    expect(eligibleVoters(rows)).toBe(8);
    expect(passes(5, votingBase(rows))).toBe(false); // 5 of 8 present would be a majority of those present
  });

  it('excludes probationary members and absent exempt members; keeps exempt members who attend', () => {
    const rows = [
      row('A'),
      row('B'),
      row('P', { standing: 'probationary' }),
      row('E1', { state: 'exempt', status: 'not_recorded' }),
      row('E2', { state: 'temp_exempt', status: 'absent_unexcused' }),
      row('E3', { state: 'exempt', status: 'present' }),
      row('N', { status: 'not_recorded' }),
    ];
    expect(votingBase(rows)).toBe(4); // A, B, E3, N
    expect(eligibleVoters(rows)).toBe(3); // A, B, E3
  });

  it('passes needs strictly more than half', () => {
    expect(passes(3, 6)).toBe(false);
    expect(passes(4, 6)).toBe(true);
    expect(passes(4, 7)).toBe(true);
    expect(passes(0, 0)).toBe(false);
  });

  it('validates vote counts with stable codes and Vietnamese messages', () => {
    const e = thrown(() => validateVote({ for: 10, against: 1, other: 1 }, 10));
    expect(e.code).toBe('vote_exceeds_eligible');
    expect(e.message).toBe('Tổng số phiếu (12) vượt quá số đảng viên chính thức có mặt được biểu quyết (10).');
    expect(thrown(() => validateVote({ for: -1, against: 0, other: 0 }, 10)).code).toBe('vote_negative');
    expect(thrown(() => validateVote({ for: 2.5, against: 0, other: 0 }, 10)).code).toBe('vote_not_integer');
    expect(thrown(() => validateVote({ for: 1, against: Number.NaN, other: 0 }, 10)).code).toBe('vote_not_integer');
    expect(() => validateVote({ for: 9, against: 0, other: 1 }, 10)).not.toThrow();
  });

  it('reports the outcome as in the minutes', () => {
    expect(voteOutcome({ for: 19, against: 0, other: 1 }, 20)).toEqual({ base: 20, for: 19, percent: 95, passed: true });
    expect(voteOutcome({ for: 5, against: 5, other: 0 }, 10).passed).toBe(false);
    expect(voteOutcome({ for: 2, against: 0, other: 0 }, 3).percent).toBe(66.7);
  });
});
