import {
  addMonths,
  daysInMonth,
  isIsoDate,
  isLocalTime,
  parseIsoDate,
  quarterOf,
  toIsoDate,
  type IsoDate,
  type LocalTime,
} from '../dates';
import { RuleError } from './errors';
import type { MeetingType } from './types';

export type MeetingRule = { dayOfMonth: number; time: LocalTime };

// Chỉ thị 50-CT/TW (23 Jul 2025): regular cell meetings on the 3rd of each month.
export const NATIONAL_DEFAULT_RULE: Readonly<MeetingRule> = { dayOfMonth: 3, time: '08:00' };

export type Override = {
  originalDate: IsoDate;
  kind: 'moved' | 'cancelled';
  newDate?: IsoDate;
  newTime?: LocalTime;
  reason: string;
};

export type PlannedStatus = 'planned' | 'moved' | 'cancelled';

export type PlannedMeeting = {
  originalDate: IsoDate;
  date: IsoDate;
  time: LocalTime;
  status: PlannedStatus;
  reason?: string;
};

export function validateRule(rule: MeetingRule): void {
  if (!Number.isInteger(rule.dayOfMonth) || rule.dayOfMonth < 1 || rule.dayOfMonth > 31) {
    throw new RuleError('invalid_day_of_month', {
      dayOfMonth: rule.dayOfMonth,
    });
  }
  if (!isLocalTime(rule.time)) {
    throw new RuleError('invalid_time', {
      time: rule.time,
    });
  }
}

/**
 * The rule of a unit: `chain` runs from the unit up to the root; per field the first defined value wins,
 * then the national default. A unit may override only the time and inherit the day, or the reverse.
 */
export function resolveRule(
  chain: ReadonlyArray<Partial<MeetingRule> | undefined | null>,
  nationalDefault: MeetingRule = NATIONAL_DEFAULT_RULE,
): MeetingRule {
  const pick = <K extends keyof MeetingRule>(key: K): MeetingRule[K] => {
    for (const level of chain) {
      const v = level?.[key];
      if (v !== undefined && v !== null) return v as MeetingRule[K];
    }
    return nationalDefault[key];
  };
  const rule = { dayOfMonth: pick('dayOfMonth'), time: pick('time') };
  validateRule(rule);
  return rule;
}

/** The rule's day in that month; a day the month lacks (31 Apr, 30 Feb) becomes the month's last day. */
export function plannedDate(year: number, month: number, dayOfMonth: number): IsoDate {
  return toIsoDate(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

function requireDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new RuleError('invalid_date', { field, value });
  }
  return value;
}

function validateOverride(o: Override): void {
  requireDate(o.originalDate, 'originalDate');
  if (o.kind !== 'moved' && o.kind !== 'cancelled') {
    throw new RuleError('invalid_override_kind', { kind: o.kind });
  }
  if (typeof o.reason !== 'string' || o.reason.trim() === '') {
    // DOMAIN.md: rescheduling of a single meeting is recorded with a reason.
    throw new RuleError('override_reason_required', { originalDate: o.originalDate, kind: o.kind });
  }
  if (o.kind === 'moved') {
    if (o.newDate === undefined || o.newDate === '') {
      throw new RuleError('moved_without_date', {
        originalDate: o.originalDate,
      });
    }
    requireDate(o.newDate, 'newDate');
    if (o.newTime !== undefined && !isLocalTime(o.newTime)) {
      throw new RuleError('invalid_time', {
        time: o.newTime,
      });
    }
  }
}

function indexOverrides(overrides: readonly Override[]): Map<IsoDate, Override> {
  const byDate = new Map<IsoDate, Override>();
  for (const o of overrides) {
    validateOverride(o);
    if (byDate.has(o.originalDate)) {
      throw new RuleError('duplicate_override', {
        originalDate: o.originalDate,
      });
    }
    byDate.set(o.originalDate, o);
  }
  return byDate;
}

/** Every month's original date, in order, for months whose original date lies in [from, to]. */
function originalDates(rule: MeetingRule, from: IsoDate, to: IsoDate): IsoDate[] {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  const dates: IsoDate[] = [];
  for (let i = 0; i < months; i++) {
    const { year, month } = addMonths(start.year, start.month, i);
    const d = plannedDate(year, month, rule.dayOfMonth);
    if (d >= from && d <= to) dates.push(d);
  }
  return dates;
}

/**
 * Regular meetings from a rule, one per month whose original date lies in [from, to] (inclusive).
 * Moved meetings keep their originalDate (the month they belong to) and may land outside the range.
 * Overrides that match no planned date are ignored here; see `unmatchedOverrides`.
 */
export function planMeetings(input: {
  rule: MeetingRule;
  from: IsoDate;
  to: IsoDate;
  overrides?: readonly Override[];
}): PlannedMeeting[] {
  const { rule, from, to, overrides = [] } = input;
  validateRule(rule);
  requireDate(from, 'from');
  requireDate(to, 'to');
  if (from > to) {
    throw new RuleError('invalid_range', { from, to });
  }
  const byDate = indexOverrides(overrides);
  const meetings = originalDates(rule, from, to).map((originalDate): PlannedMeeting => {
    const o = byDate.get(originalDate);
    if (!o) return { originalDate, date: originalDate, time: rule.time, status: 'planned' };
    if (o.kind === 'cancelled') {
      return { originalDate, date: originalDate, time: rule.time, status: 'cancelled', reason: o.reason };
    }
    return { originalDate, date: o.newDate as IsoDate, time: o.newTime ?? rule.time, status: 'moved', reason: o.reason };
  });
  // ISO dates sort as strings; ties (a meeting moved onto another's date) fall back to originalDate.
  return meetings.sort((a, b) => cmp(a.date, b.date) || cmp(a.originalDate, b.originalDate));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Overrides whose originalDate is not a date the rule produces (e.g. the unit's day changed since). */
export function unmatchedOverrides(rule: MeetingRule, overrides: readonly Override[]): Override[] {
  validateRule(rule);
  return overrides.filter((o) => {
    if (!isIsoDate(o.originalDate)) return true;
    const { year, month } = parseIsoDate(o.originalDate);
    return plannedDate(year, month, rule.dayOfMonth) !== o.originalDate;
  });
}

/**
 * Quarters of `year` with no thematic meeting (alone or combined with the regular one).
 * HD 12-HD/BTCTW 2018: at least one thematic meeting per quarter; it may share a session with the regular one.
 * Cancelled meetings do not count.
 */
export function quartersWithoutThematic(
  meetings: ReadonlyArray<{ date: IsoDate; type: MeetingType; status?: string }>,
  year: number,
): number[] {
  const covered = new Set<number>();
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    if (m.type !== 'thematic' && m.type !== 'combined') continue;
    const d = parseIsoDate(m.date);
    if (d.year === year) covered.add(quarterOf(d.month));
  }
  return [1, 2, 3, 4].filter((q) => !covered.has(q));
}

/**
 * The thematic-meeting warnings of the quarter a date falls in (today's, on a unit's page): the unit's page
 * and the calendar of the current month then count the same cells, from the same server computation
 * (quartersWithoutThematic), instead of the page also counting a quarter that has not begun.
 */
export function warningsOfQuarter<W extends { year: number; quarter: number }>(warnings: readonly W[], date: IsoDate): W[] {
  const d = parseIsoDate(date);
  const q = quarterOf(d.month);
  return warnings.filter((w) => w.year === d.year && w.quarter === q);
}

/** A meeting as the calendar places it: its date, and for a regular meeting the rule's date of its month. */
export type PlacedMeeting = { date: IsoDate; originalDate?: IsoDate | null };

/**
 * The month ('YYYY-MM') a meeting belongs to: a meeting moved into another month stays the meeting of the month of
 * its original date, so the minutes' title, the resolution's headings and the calendar name the same month
 * (HD 16-HD/VPTW: the minutes of the cell's meeting of that month; Chỉ thị 50-CT/TW: one regular meeting a month).
 */
export function meetingMonth(m: PlacedMeeting): string {
  return (m.originalDate ?? m.date).slice(0, 7);
}

/** Whether the meeting is held on another day than the rule's date of its month (moved, before or after it was held). */
export function isMovedFromOriginal(m: PlacedMeeting): boolean {
  return !!m.originalDate && m.originalDate !== m.date;
}

/** Whether the meeting is held in another month than the one it belongs to. */
export function isHeldInAnotherMonth(m: PlacedMeeting): boolean {
  return meetingMonth(m) !== m.date.slice(0, 7);
}

/** The meetings the calendar shows under a month ('YYYY-MM'): those that belong to it, wherever they were moved. */
export function meetingsOfMonth<M extends PlacedMeeting>(items: readonly M[], month: string): M[] {
  return items.filter((m) => meetingMonth(m) === month);
}
