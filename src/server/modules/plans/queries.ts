// SQL of the cells' annual activity plans, and the records their progress is read from. Typed rows.
import type { Queryable } from '../../db/index';
import type { Targets } from './schemas';

export type PlanRow = {
  id: string; org_id: string; year: number; status: 'draft' | 'submitted' | 'approved';
  months: { month: number; focus: string }[]; quarters: { quarter: number; thematicTopic: string; month?: number | null }[];
  targets: Targets; submitted_at: Date | null; approved_at: Date | null; approver: string | null; approval_note: string | null;
  reopened_at: Date | null; reopen_reason: string | null;
};

export const planOf = (q: Queryable, orgId: string, year: number) =>
  q.one<PlanRow>(
    `SELECT a.*, coalesce(p.full_name, ac.username) AS approver FROM activity_plans a
       LEFT JOIN accounts ac ON ac.id = a.approved_by LEFT JOIN people p ON p.id = ac.person_id
      WHERE a.org_id = $1 AND a.year = $2`,
    [orgId, year],
  );

/** `at`: when it was saved (now unless the caller records an earlier day). */
export const upsertPlan = (
  q: Queryable, orgId: string, year: number, accountId: string, v: { months: unknown; quarters: unknown; targets: unknown }, at: Date,
) =>
  q.query(
    `INSERT INTO activity_plans (org_id, year, months, quarters, targets, updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (org_id, year) DO UPDATE SET months = $3, quarters = $4, targets = $5, updated_by = $6, updated_at = $7`,
    [orgId, year, JSON.stringify(v.months), JSON.stringify(v.quarters), JSON.stringify(v.targets), accountId, at],
  );

export const setStatus = (q: Queryable, orgId: string, year: number, set: Record<string, unknown>, at: Date) => {
  const cols = Object.keys(set);
  return q.query(
    `UPDATE activity_plans SET ${cols.map((c, i) => `${c} = $${i + 4}`).join(', ')}, updated_at = $3 WHERE org_id = $1 AND year = $2`,
    [orgId, year, at, ...cols.map((c) => set[c])],
  );
};

export type YearMeetingRow = { meeting_id: string; date: string; type: string; status: string; topic: string | null };
export const meetingsOfYear = (q: Queryable, orgId: string, year: number) =>
  q.query<YearMeetingRow>(
    `SELECT id AS meeting_id, date, type, status, topic FROM meetings
      WHERE org_id = $1 AND date BETWEEN $2 AND $3 AND status <> 'cancelled' ORDER BY date`,
    [orgId, `${year}-01-01`, `${year}-12-31`],
  );

/** Summoned members present at the held meetings of the year, and summoned in all. */
export const attendanceOfYear = (q: Queryable, orgId: string, year: number, upTo: string) =>
  q.one<{ present: number; summoned: number }>(
    `SELECT count(*) FILTER (WHERE a.status IN ('present', 'late', 'left_early'))::int AS present, count(*)::int AS summoned
       FROM meetings m JOIN invitations i ON i.meeting_id = m.id AND i.role = 'member'
       LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE m.org_id = $1 AND m.date BETWEEN $2 AND $3 AND m.status IN ('held', 'approved')`,
    [orgId, `${year}-01-01`, upTo],
  );

/** Members admitted in the year who were admitted into this cell (their first membership there). */
export const admittedInYear = (q: Queryable, orgId: string, year: number) =>
  q.one<{ n: number }>(
    `SELECT count(DISTINCT m.person_id)::int AS n FROM members m JOIN memberships ms ON ms.person_id = m.person_id AND ms.org_id = $1
      WHERE m.admission_date BETWEEN $2 AND $3 AND ms.started_on <= m.admission_date + 31`,
    [orgId, `${year}-01-01`, `${year}-12-31`],
  );

export type CellPlanRow = {
  org_id: string; org_name: string; org_path: string; status: string | null; quarters: { thematicTopic: string }[] | null; approved_at: Date | null;
};

export const plansOfCells = (q: Queryable, path: string, year: number) =>
  q.query<CellPlanRow>(
    `SELECT o.id AS org_id, o.name AS org_name, o.path AS org_path, a.status, a.quarters, a.approved_at
       FROM orgs o LEFT JOIN activity_plans a ON a.org_id = o.id AND a.year = $2
      WHERE o.kind = 'cell' AND o.status = 'active' AND o.path LIKE $1 || '%' ORDER BY o.name`,
    [path, year],
  );
