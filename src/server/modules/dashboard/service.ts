// Dashboards: a unit's month (the commune leader's home, a secretary's home for one cell), its trends, and a
// member's own home. Every figure comes from figures.ts, the layer the reports use too.
import { isPresentStatus } from '../../../domain/meetings/index';
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { addDays, todayVn } from '../../../domain/dates';
import { attendanceHistory, personMeetings } from '../meetings/personal';
import * as sql from './queries';
import { MONTH_PATTERN } from './schemas';
import { presentDashboard, presentMemberDues } from './presenters';
import { periodFigures, ruleMembers, totalsOf, trendFigures } from './figures';
import { shiftMonth } from './tally';
import { getOrg } from '../orgs/service';

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
  return presentDashboard(f, totalsOf(f), month, today);
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
    const listed = await sql.meetingDocuments(db, n.id);
    documents = Array.isArray(listed) ? listed.map(String) : [];
  }
  const h = await attendanceHistory(db, personId, year);
  const attended = h.items.filter((i) => !i.exempt && isPresentStatus(i.status)).length;
  const counted = h.items.filter((i) => !i.exempt).length;
  const paid = await sql.duesPaid(db, personId, `${year}-01-01`, `${year}-12-31`);
  // The months of the year that count under the dues rule (duesMonthUnpaid), as the leaders' dashboard counts them.
  const unpaid = (await sql.memberYear(db, personId, year)).dues;
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
