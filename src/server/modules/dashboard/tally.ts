// The figures' small arithmetic, without I/O: months as 'YYYY-MM', attendance tallied by the domain's rule from grouped
// rows, the attendance rate, and grouping rows by a key. figures.ts folds the statements' rows with them.
import { addMonths, daysInMonth, toIsoDate } from '../../../domain/dates';
import { countAttendance, type AttendanceCounts } from '../../../domain/meetings/index';
import type { AttendanceGroup } from './queries';

/** 'YYYY-MM' → its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: toIsoDate(y, m, 1), to: toIsoDate(y, m, daysInMonth(y, m)) };
}

/** The months 'YYYY-MM' from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let { year, month } = { year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)) };
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    ({ year, month } = addMonths(year, month, 1));
  }
  return out;
}

/** The month `n` months before 'YYYY-MM'. */
export function shiftMonth(month: string, n: number): string {
  const r = addMonths(Number(month.slice(0, 4)), Number(month.slice(5, 7)), n);
  return `${r.year}-${String(r.month).padStart(2, '0')}`;
}

/** Attendance counted by the domain's rule, from grouped rows: countAttendance is a sum over rows, so a group of
 * n identical rows adds n times the count of one. */
export type Tally = Omit<AttendanceCounts, 'absentees'> & { attended: number };
const ZERO: Tally = {
  total: 0, official: 0, probationary: 0, exempt: 0, temporarilyExempt: 0, expected: 0, officialExpected: 0, present: 0,
  presentOfficial: 0, presentProbationary: 0, presentOfficialExpected: 0, late: 0, leftEarly: 0, absentExcused: 0,
  absentUnexcused: 0, notRecorded: 0, notSummoned: 0, presentExpected: 0, presentNotExpected: 0, officialAbsentExcused: 0, attended: 0,
};
type NumKey = Exclude<keyof Tally, 'attended'>;
const KEYS = Object.keys(ZERO).filter((k) => k !== 'attended') as NumKey[];

export function tally(groups: ReadonlyArray<Pick<AttendanceGroup, 'standing' | 'member_state' | 'status' | 'n'>>): Tally {
  const t: Tally = { ...ZERO };
  for (const g of groups) {
    const c = countOne(g.standing, g.member_state, g.status);
    for (const k of KEYS) t[k] += c[k] * g.n;
  }
  return withAttended(t);
}
// The count of one member of a given standing, state and status: the rule's answer for each of the few combinations,
// asked once (a province's year has ~180,000 rows of them).
const counted = new Map<string, AttendanceCounts>();
function countOne(standing: AttendanceGroup['standing'], state: AttendanceGroup['member_state'], status: AttendanceGroup['status']) {
  const key = `${standing}|${state}|${status}`;
  let c = counted.get(key);
  if (!c) counted.set(key, (c = countAttendance([{ name: '', standing, state, status }])));
  return c;
}
/** Members expected at the meeting who attended: the expected ones, less those the rule counts absent or unrecorded. */
function withAttended(t: Tally): Tally {
  t.attended = t.expected - t.absentExcused - t.absentUnexcused - t.notRecorded;
  return t;
}
/** The sum of tallies, added up in one object (a province's month has 3,000 of them: a new object per addition is garbage). */
export function sumTallies(list: Iterable<Tally | null>): Tally {
  const t: Tally = { ...ZERO };
  for (const x of list) if (x) for (const k of KEYS) t[k] += x[k];
  return withAttended(t);
}
export const rate = (t: Tally | null): number | null => (t && t.expected > 0 ? Math.round((t.attended / t.expected) * 1000) / 1000 : null);

export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = out.get(k);
    if (l) l.push(x);
    else out.set(k, [x]);
  }
  return out;
}
