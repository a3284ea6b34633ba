// Dashboards: a unit's month (the commune leader's home, a secretary's home for one cell), its trends, and a
// member's own home. Every figure comes from figures.ts, the layer the reports use too.
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { addDays, todayVn } from '../../../domain/dates';
import { duesLevel, monthsOfMask } from '../../../domain/meetings/index';
import { getOrg } from '../orgs/service';
import { attendanceHistory, personMeetings } from '../meetings/personal';
import { memberYear } from './queries';
import { periodFigures, ruleMembers, totalsOf, trendFigures, shiftMonth } from './figures';

export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const thisMonth = () => todayVn().slice(0, 7);

function checkMonth(month: string) {
  if (!new RegExp(MONTH_PATTERN).test(month)) throw Invalid('validation', { detail: `month=${month} (YYYY-MM)` });
}

/**
 * A unit's month: every cell's state and figures and the totals. Members under the absence and dues rules are counted
 * per cell (a province has tens of thousands); `rulesMembers` names them, a page at a time.
 */
export async function dashboard(db: Db, orgId: string, month = thisMonth(), today = todayVn()) {
  checkMonth(month);
  const f = await periodFigures(db, orgId, month, month, today);
  const t = totalsOf(f);
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
        duesWarnings: c.rules.duesWarning + c.rules.duesFlag, duesFlags: c.rules.duesFlag,
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
      duesWarning: t.duesWarning, duesFlag: t.duesFlag, members: t.members.total,
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

/** The members behind a unit's rule counts for a month, by name: one page, in cell then name order. */
export async function rulesMembers(
  db: Db, orgId: string, month = thisMonth(), topic: 'absence' | 'dues' | 'all' = 'all', offset = 0, limit = 50,
) {
  checkMonth(month);
  const org = await getOrg(db, orgId);
  const page = await ruleMembers(db, org.path, month, topic, offset, limit);
  return { orgId: org.id, orgName: org.name, month, topic, offset, limit, total: page.total, items: page.items };
}

export async function trends(db: Db, orgId: string, months: number, to = thisMonth()) {
  checkMonth(to);
  return trendFigures(db, orgId, to, months);
}

/** A member's home: the next meeting and what to read for it, their own attendance and dues this year. */
export async function memberHome(db: Db, personId: string | null, today = todayVn()) {
  const year = Number(today.slice(0, 4));
  if (!personId) return { next: null, attendance: null, dues: null };
  const coming = (await personMeetings(db, personId, today, addDays(today, 70))).filter((m) => m.status !== 'cancelled');
  const n = coming[0];
  let documents: string[] = [];
  if (n?.id) {
    const r = await db.one<{ documents: unknown }>('SELECT documents FROM meetings WHERE id = $1', [n.id]);
    documents = Array.isArray(r?.documents) ? (r!.documents as unknown[]).map(String) : [];
  }
  const h = await attendanceHistory(db, personId, year);
  const attended = h.items.filter((i) => !i.exempt && ['present', 'late', 'left_early'].includes(i.status)).length;
  const counted = h.items.filter((i) => !i.exempt).length;
  const paid = await db.query<{ month: string; amount_paid: number; expected: number | null }>(
    `SELECT to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month, d.amount_paid, d.expected
       FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.person_id = $1 AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3 ORDER BY 1`,
    [personId, `${year}-01-01`, `${year}-12-31`],
  );
  // The months of the year that count under the dues rule (duesMonthUnpaid), as the leaders' dashboard counts them.
  const unpaid = monthsOfMask((await memberYear(db, personId, year)).dues).map((m) => `${year}-${String(m).padStart(2, '0')}`);
  return {
    next: n ? { ...n, documents } : null,
    attendance: {
      year, attended, meetings: counted, rate: counted ? Math.round((attended / counted) * 1000) / 1000 : null,
      absence: h.absence, items: h.items.slice(0, 12),
    },
    dues: {
      year, paid: paid.map((p) => ({ month: p.month, amount: p.amount_paid, expected: p.expected })),
      total: paid.reduce((s, p) => s + p.amount_paid, 0), unpaidMonths: unpaid,
      level: duesLevel(unpaid.length),
    },
  };
}

export { shiftMonth };
