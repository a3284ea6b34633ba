// Monthly reports of cells and partner units: "each unit is assigned concrete tasks and reports monthly"
// (the Thanh Minh commune report, 2022; domain guide, "Follow-through").
import { addDays, daysInMonth, type IsoDate } from '../dates';

export const REPORT_STATES = ['submitted', 'late', 'missing'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
/** Default: the report is due two days before the cell's meeting of the month. */
export const DEFAULT_DAYS_BEFORE_MEETING = 2;

export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/**
 * The day a unit's report for `month` ('YYYY-MM') is due: the unit's own due day of the month when it has set one
 * (the last day of a shorter month otherwise), else two days before the cell's meeting of that month.
 */
export function reportDueOn(month: string, meetingDate: IsoDate, dueDay?: number | null): IsoDate {
  if (dueDay && Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 31) {
    const [y, m] = month.split('-').map(Number);
    return `${month}-${String(Math.min(dueDay, daysInMonth(y, m))).padStart(2, '0')}`;
  }
  return addDays(meetingDate, -DEFAULT_DAYS_BEFORE_MEETING);
}

/** On time, late (in after the due day, Vietnam calendar), or not in. */
export function reportState(submittedOn: IsoDate | null, dueOn: IsoDate): ReportState {
  if (!submittedOn) return 'missing';
  return submittedOn <= dueOn ? 'submitted' : 'late';
}
