// Dashboards: a unit's month (the commune leader's home, a secretary's home for one cell), its trends, and a
// member's own home. Every figure comes from figures.ts, the layer the reports use too.
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { addDays, todayVn } from '../../../domain/dates';
import { absenceLevel } from '../../../domain/meetings/index';
import { attendanceHistory, personMeetings } from '../meetings/personal';
import { unpaidDues } from './queries';
import { periodFigures, totalsOf, trendFigures, shiftMonth } from './figures';

export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const thisMonth = () => todayVn().slice(0, 7);

function checkMonth(month: string) {
  if (!new RegExp(MONTH_PATTERN).test(month)) throw Invalid('validation', { detail: `month=${month} (YYYY-MM)` });
}

/** A unit's month: every cell's state and figures, the totals, and the members behind the warnings. */
export async function dashboard(db: Db, orgId: string, month = thisMonth(), today = todayVn()) {
  checkMonth(month);
  const f = await periodFigures(db, orgId, month, month, today);
  const t = totalsOf(f);
  const quarter = t.thematic.quarter;
  // Members under warning, counted per cell in one pass over the flagged members (not once per cell).
  const warned = new Map<string, { absence: number; dues: number }>();
  for (const x of f.members) {
    const w = warned.get(x.orgId) ?? { absence: 0, dues: 0 };
    if (x.absence.level !== 'ok') w.absence++;
    if (x.dues.level !== 'ok') w.dues++;
    warned.set(x.orgId, w);
  }
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
        absenceWarnings: warned.get(c.orgId)?.absence ?? 0,
        duesWarnings: warned.get(c.orgId)?.dues ?? 0,
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
    members: f.members,
  };
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
  // Months whose meeting collected dues from others but not from this member (the rule of the leaders' dashboard).
  const unpaid = await unpaidDues(db, { personId }, `${year}-01-01`, `${year}-12-31`);
  return {
    next: n ? { ...n, documents } : null,
    attendance: {
      year, attended, meetings: counted, rate: counted ? Math.round((attended / counted) * 1000) / 1000 : null,
      absence: h.absence, items: h.items.slice(0, 12),
    },
    dues: {
      year, paid: paid.map((p) => ({ month: p.month, amount: p.amount_paid, expected: p.expected })),
      total: paid.reduce((s, p) => s + p.amount_paid, 0), unpaidMonths: unpaid.map((u) => u.month),
      level: absenceLevel(unpaid.length),
    },
  };
}

export { shiftMonth };
