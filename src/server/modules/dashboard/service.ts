// Dashboards: a unit's month (the commune leader's home, a secretary's home for one cell), its trends, and a
// member's own home. Every figure comes from figures.ts, the layer the reports use too.
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { addDays, todayVn } from '../../../domain/dates';
import { attendanceHistory, personMeetings } from '../meetings/personal';
import * as sql from './queries';
import { MONTH_PATTERN } from './schemas';
import { presentDashboard, presentMemberDues } from './presenters';
import { periodFigures, totalsOf, trendFigures, shiftMonth } from './figures';

const thisMonth = () => todayVn().slice(0, 7);

function checkMonth(month: string) {
  if (!new RegExp(MONTH_PATTERN).test(month)) throw Invalid('validation', { detail: `month=${month} (YYYY-MM)` });
}

/** A unit's month: every cell's state and figures, the totals, and the members behind the warnings. */
export async function dashboard(db: Db, orgId: string, month = thisMonth(), today = todayVn()) {
  checkMonth(month);
  const f = await periodFigures(db, orgId, month, month, today);
  return presentDashboard(f, totalsOf(f), month, today);
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
    const listed = await sql.meetingDocuments(db, n.id);
    documents = Array.isArray(listed) ? listed.map(String) : [];
  }
  const h = await attendanceHistory(db, personId, year);
  const attended = h.items.filter((i) => !i.exempt && ['present', 'late', 'left_early'].includes(i.status)).length;
  const counted = h.items.filter((i) => !i.exempt).length;
  const paid = await sql.duesPaid(db, personId, `${year}-01-01`, `${year}-12-31`);
  // Months whose meeting collected dues from others but not from this member (the rule of the leaders' dashboard).
  const unpaid = await sql.unpaidDues(db, { personId }, `${year}-01-01`, `${year}-12-31`);
  return {
    next: n ? { ...n, documents } : null,
    attendance: {
      year, attended, meetings: counted, rate: counted ? Math.round((attended / counted) * 1000) / 1000 : null,
      absence: h.absence, items: h.items.slice(0, 12),
    },
    dues: presentMemberDues(year, paid, unpaid),
  };
}

export { shiftMonth };
