// The dashboards' wire shapes, from the figures (figures.ts) and a member's own records.
import { duesLevel, monthsOfMask } from '../../../domain/meetings/index';
import type { PeriodFigures, Totals } from './figures';
import type { DuesPaidRow } from './queries';

/** A unit's month: every cell's state and figures and the totals, with the members under warning counted per cell. */
export function presentDashboard(f: PeriodFigures, t: Totals, month: string, today: string) {
  const quarter = t.thematic.quarter;
  return {
    orgId: f.org.id, orgName: f.org.name, orgKind: f.org.kind, month, today,
    cells: f.cells.map((c) => {
      const m = c.months[0];
      const q = c.thematic[c.thematic.length - 1];
      return {
        orgId: c.orgId, orgName: c.orgName, parentId: c.parentId,
        meetingState: m.state, meetingId: m.meetingId, date: m.date, plannedDate: m.plannedDate,
        attendanceRate: m.attendanceRate, expected: m.attendance?.expected ?? null, attended: m.attendance?.attended ?? null,
        absentUnexcused: m.attendance?.absentUnexcused ?? null,
        qualityLevel: m.qualityLevel, scoreConfirmed: m.scoreConfirmed, committeePresent: m.committeePresent,
        thematicCovered: q?.covered ?? false, thematicHeld: q?.held ?? 0,
        members: c.members.total,
        absenceWarnings: c.rules.absenceWarning + c.rules.absenceFlag, absenceFlags: c.rules.absenceFlag,
        duesWarnings: c.rules.duesWarning + c.rules.duesFlag, duesFlags: c.rules.duesFlag, membersToRemind: c.rules.toRemind,
        tasksOpen: c.tasks.open, tasksOverdue: c.tasks.overdue,
        reportsExpected: c.monthlyReports?.expected ?? null, reportsOverdue: c.monthlyReports?.overdue ?? null,
        duesPaid: c.dues.paid,
        disseminationDue: c.dissemination.due, disseminationDone: c.dissemination.done, disseminationOverdue: c.dissemination.overdue,
        remediesOpen: c.remedies.open + c.remedies.reported, remediesOverdue: c.remedies.overdue,
      };
    }),
    totals: {
      cells: t.cells, held: t.held + t.approved, approved: t.approved, awaitingApproval: t.held, planned: t.planned, late: t.late,
      missing: t.missing, attendanceRate: t.attendanceRate, expected: t.attendance.expected, attended: t.attendance.attended,
      quality: t.quality, thematicQuarter: quarter ? `${quarter.year}-Q${quarter.quarter}` : null, thematicCovered: t.thematic.cellsCovered,
      committeePresent: t.committeePresent, absenceWarning: t.absenceWarning, absenceFlag: t.absenceFlag,
      duesWarning: t.duesWarning, duesFlag: t.duesFlag, membersToRemind: t.toRemind, members: t.members.total,
      tasksOpen: t.tasksOpen, tasksOverdue: t.tasksOverdue,
      reportsExpected: t.reportsExpected, reportsSubmitted: t.reportsSubmitted, reportsOverdue: t.reportsOverdue,
      duesPaid: t.dues.paid,
      disseminationDocuments: t.dissemination.documents, disseminationDue: t.dissemination.due, disseminationDone: t.dissemination.done,
      disseminationOverdue: t.dissemination.overdue, disseminationCellsDue: t.dissemination.cellsDue, disseminationCellsComplete: t.dissemination.cellsComplete,
      remediesOpen: t.supervision.remedies.open + t.supervision.remedies.reported, remediesReported: t.supervision.remedies.reported,
      remediesOverdue: t.supervision.remedies.overdue,
    },
    documents: f.documents,
  };
}

/** A member's dues of the year: what was paid month by month, and the months that count under the dues rule (bits). */
export function presentMemberDues(year: number, paid: DuesPaidRow[], unpaidMask: number) {
  const unpaid = monthsOfMask(unpaidMask).map((m) => `${year}-${String(m).padStart(2, '0')}`);
  return {
    year, paid: paid.map((p) => ({ month: p.month, amount: p.amount_paid, expected: p.expected })),
    total: paid.reduce((s, p) => s + p.amount_paid, 0), unpaidMonths: unpaid,
    level: duesLevel(unpaid.length),
  };
}
