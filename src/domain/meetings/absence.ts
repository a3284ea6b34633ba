import { parseIsoDate, type IsoDate } from '../dates';
import type { AttendanceStatus } from './attendance';
import { REGULAR_KINDS, type MeetingType } from './types';
import { ruleText } from './rule-messages';

/** One member's attendance at one meeting. The month is taken from originalDate when a meeting was moved. */
export type AbsenceRecord = {
  date: IsoDate;
  originalDate?: IsoDate;
  status: AttendanceStatus;
  /** When omitted the record is taken to be a regular meeting. */
  type?: MeetingType;
};

export type AbsenceLevel = 'ok' | 'warning' | 'flag';

export type AbsenceSummary = {
  year: number;
  /** Distinct months (1..12) with an unexcused absence from a regular meeting. */
  months: number[];
  count: number;
  level: AbsenceLevel;
  message: string | null;
};

// Charter; QĐ 24-QĐ/TW 2021, kept in QĐ 294-QĐ/TW 2025: skipping meetings 3 months in a year without valid
// reason → the cell considers removal. The software warns one month early and flags; it never removes.
export const ABSENCE_WARNING_MONTHS = 2;
export const ABSENCE_FLAG_MONTHS = 3;

// HD 12-HD/BTCTW 2018 ("good" meeting): nobody absent with reason more than 3 times in a row in a year.
export const MAX_EXCUSED_STREAK = 3;

const monthOf = (r: AbsenceRecord): { year: number; month: number } => parseIsoDate(r.originalDate ?? r.date);

const counted = (r: AbsenceRecord, types: readonly MeetingType[]): boolean => types.includes(r.type ?? 'regular');

export function absenceLevel(months: number): AbsenceLevel {
  if (months >= ABSENCE_FLAG_MONTHS) return 'flag';
  if (months >= ABSENCE_WARNING_MONTHS) return 'warning';
  return 'ok';
}

export function absenceStatus(
  records: readonly AbsenceRecord[],
  year: number,
  countedTypes: readonly MeetingType[] = REGULAR_KINDS,
): AbsenceSummary {
  const months = new Set<number>();
  for (const r of records) {
    if (r.status !== 'absent_unexcused' || !counted(r, countedTypes)) continue;
    const m = monthOf(r);
    if (m.year === year) months.add(m.month);
  }
  const list = [...months].sort((a, b) => a - b);
  const level = absenceLevel(list.length);
  const message = level === 'ok' ? null : ruleText('vi', `absence_${level}`, { count: list.length, year, months: list });
  return { year, months: list, count: list.length, level, message };
}

export function absenceStatusByMember(
  records: ReadonlyArray<AbsenceRecord & { memberId: string }>,
  year: number,
  countedTypes: readonly MeetingType[] = REGULAR_KINDS,
): Map<string, AbsenceSummary> {
  const byMember = new Map<string, AbsenceRecord[]>();
  for (const r of records) {
    const list = byMember.get(r.memberId) ?? [];
    list.push(r);
    byMember.set(r.memberId, list);
  }
  const result = new Map<string, AbsenceSummary>();
  for (const [id, list] of byMember) result.set(id, absenceStatus(list, year, countedTypes));
  return result;
}

/**
 * Longest run of consecutive meetings in `year` (in date order) that the member missed with an accepted
 * reason. Any other status, including not_recorded, ends the run.
 */
export function longestExcusedStreak(
  records: readonly AbsenceRecord[],
  year: number,
  countedTypes: readonly MeetingType[] = REGULAR_KINDS,
): number {
  const key = (r: AbsenceRecord): IsoDate => r.originalDate ?? r.date;
  const inYear = records
    .filter((r) => counted(r, countedTypes) && monthOf(r).year === year)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let longest = 0;
  let run = 0;
  for (const r of inYear) {
    run = r.status === 'absent_excused' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function excusedStreakTooLong(records: readonly AbsenceRecord[], year: number): boolean {
  return longestExcusedStreak(records, year) > MAX_EXCUSED_STREAK;
}
