// SQL of the figures: every number on a dashboard or in a report starts from these rows. Each query takes a
// subtree (a path prefix) and a date range; grouping happens in SQL, the rules in src/domain.
import type { Queryable } from '../../db/index';
import { ABSENCE_WARNING_MONTHS } from '../../../domain/meetings/index';
import type { AttendanceStatus, MemberStanding, MemberState, MeetingType, ScoreLevel } from '../../../domain/meetings/index';

export type CellRow = { id: string; name: string; path: string; parent_id: string | null };

/** Active cells of the subtree (the unit itself when it is a cell). */
export function cells(q: Queryable, path: string): Promise<CellRow[]> {
  return q.query<CellRow>(
    `SELECT id, name, path, parent_id FROM orgs WHERE path LIKE $1 AND kind = 'cell' AND status = 'active' ORDER BY name`,
    [path + '%'],
  );
}

export type AncestorRow = { id: string; kind: string; name: string; place: string | null; path: string; settings: Record<string, unknown> };

/** The unit, the units above it and every unit under it (the cells' chains, for the meeting rule). */
export function unitsOf(q: Queryable, path: string): Promise<AncestorRow[]> {
  const above = path.split('/').filter(Boolean);
  return q.query<AncestorRow>(
    'SELECT id, kind, name, place, path, settings FROM orgs WHERE path LIKE $1 OR id = ANY ($2::uuid[])', [path + '%', above],
  );
}

export type MeetingFact = {
  id: string; org_id: string; type: MeetingType; status: string; date: string; original_date: string | null; topic: string | null;
  level: ScoreLevel | null; total: number | null; confirmed: boolean; overseer_present: boolean; overseer_invited: boolean;
};

/**
 * Meetings of the subtree whose month (the original date of a moved meeting, else the date) lies in [from, to],
 * with their score and whether a committee member in charge was summoned and came.
 */
export function meetings(q: Queryable, path: string, from: string, to: string): Promise<MeetingFact[]> {
  return q.query<MeetingFact>(
    `SELECT m.id, m.org_id, m.type, m.status, m.date, m.original_date, m.topic,
            s.level, s.total, (s.confirmed_at IS NOT NULL) AS confirmed,
            EXISTS (SELECT 1 FROM meeting_roll_totals t
                     WHERE t.meeting_id = m.id AND t.role = 'overseer' AND t.status IN ('present', 'late', 'left_early')) AS overseer_present,
            EXISTS (SELECT 1 FROM meeting_roll_totals t WHERE t.meeting_id = m.id AND t.role = 'overseer') AS overseer_invited
       FROM meetings m JOIN orgs o ON o.id = m.org_id
       LEFT JOIN meeting_scores s ON s.meeting_id = m.id
      WHERE o.path LIKE $1 AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3
      ORDER BY m.date, m.start_time`,
    [path + '%', from, to],
  );
}

export type AttendanceGroup = {
  meeting_id: string; standing: MemberStanding; member_state: MemberState; status: AttendanceStatus; n: number;
};

/**
 * The roll call of the held regular-kind meetings (regular, combined, expanded) of the subtree whose month lies in
 * [from, to] — the meetings the figures read the attendance of —, counted by role, standing, state and status (a
 * combination may come twice, as a member and as an exempt member: tally adds the rows up), as the database keeps them
 * per meeting (meeting_roll_totals, migration 0019: recomputed whenever a roll call changes).
 */
export function heldRollTotals(q: Queryable, path: string, from: string, to: string): Promise<AttendanceGroup[]> {
  // The meetings' ids first, then their totals by the primary key: joined, the planner scans all 580,000 rows of totals
  // of a province for the 3,000 meetings of a month (4× slower).
  return q.query<AttendanceGroup>(
    `SELECT t.meeting_id, t.standing, t.member_state, t.status, t.n::int AS n
       FROM meeting_roll_totals t
      WHERE t.role IN ('member', 'exempt') AND t.meeting_id = ANY (ARRAY(
        SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
         WHERE o.path LIKE $1 AND m.status IN ('held', 'approved') AND m.type IN ('regular', 'combined', 'expanded')
           AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3))`,
    [path + '%', from, to],
  );
}

export type AbsenceRow = {
  person_id: string; date: string; original_date: string | null; type: MeetingType; status: AttendanceStatus;
};

/**
 * Members' unexcused absences at held meetings of the subtree in [from, to]: the only records the absence rule
 * (absenceStatus, src/domain) counts, so the rule gets all it needs. Read from the absences the database keeps per
 * meeting (meeting_unexcused, migration 0019_figure_totals_b_absences: recomputed whenever a roll call
 * changes), not from the roll calls.
 */
export function absences(q: Queryable, path: string, from: string, to: string): Promise<AbsenceRow[]> {
  return q.query<AbsenceRow>(
    `SELECT x.person_id, m.date, m.original_date, m.type, 'absent_unexcused' AS status
       FROM meetings m JOIN orgs o ON o.id = m.org_id
       JOIN meeting_unexcused x ON x.meeting_id = m.id
      WHERE o.path LIKE $1 AND m.status IN ('held', 'approved') AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3`,
    [path + '%', from, to],
  );
}

/**
 * The members of each active cell of the subtree (their current cell) counted by the number of months up to `upto` of
 * `year` that count under the absence rule and under the dues rule: one row per cell and pair of counts, whatever the
 * number of members; the levels are the domain's (absenceLevel, duesLevel). Read from the counts the database keeps per
 * unit, year and month (cell_rule_counts, migration 0027: recomputed whenever a member's year — member_year_months,
 * migration 0022 —, a membership or a member's state changes), which hold only the pairs where one count reaches the
 * rules' first threshold (2 months). Dues count for members still under the rule (active, exempt, temporarily exempt or
 * suspended), as on the warning list.
 */
export function ruleCounts(q: Queryable, path: string, year: number, upto: number): Promise<{ org_id: string; absence: number; dues: number; n: number }[]> {
  return q.query<{ org_id: string; absence: number; dues: number; n: number }>(
    `SELECT c.org_id, c.absence, c.dues, c.n
       FROM cell_rule_counts c JOIN orgs o ON o.id = c.org_id AND o.kind = 'cell' AND o.status = 'active'
      WHERE c.year = $2 AND c.upto = $3 AND o.path LIKE $1`,
    [path + '%', year, upto],
  );
}

/**
 * Rows of member_year_months with fewer months than the rules' first threshold (2) in the whole year cannot reach a
 * warning in any month of it: the list reads only the others (`most`, a partial index: migration
 * 0022_member_year_months_b_warned).
 */
const MIN_MONTHS = ABSENCE_WARNING_MONTHS;

/**
 * How many members of each active cell of the subtree have at least `atLeast` months up to `upto` under the chosen rule
 * ('absence', 'dues' or either), in the list's order of cells (name, then id), from the stored counts (cell_rule_counts):
 * the list's total, and the cells a page of it falls in.
 */
export function ruleMemberCells(
  q: Queryable, path: string, year: number, upto: number, atLeast: number, topic: 'absence' | 'dues' | 'all',
): Promise<{ org_id: string; n: number }[]> {
  const cond = topic === 'absence' ? 'c.absence >= $4' : topic === 'dues' ? 'c.dues >= $4' : '(c.absence >= $4 OR c.dues >= $4)';
  return q.query<{ org_id: string; n: number }>(
    `SELECT c.org_id, sum(c.n)::int AS n
       FROM cell_rule_counts c JOIN orgs o ON o.id = c.org_id AND o.kind = 'cell' AND o.status = 'active'
      WHERE c.year = $2 AND c.upto = $3 AND o.path LIKE $1 AND ${cond}
      GROUP BY c.org_id, o.name
      ORDER BY o.name, c.org_id`,
    [path + '%', year, upto, atLeast],
  );
}

export type RuleMemberRow = { person_id: string; full_name: string; org_id: string; org_name: string; absence: number; dues: number };

/**
 * The members behind those counts, by name, in the given cells: those with at least `atLeast` months under the chosen
 * rule ('absence', 'dues' or either), with the months as bits, in cell then name order, `limit` rows from `offset`.
 */
export function ruleMembers(
  q: Queryable, orgIds: string[], year: number, upto: number, atLeast: number, topic: 'absence' | 'dues' | 'all', offset: number, limit: number,
): Promise<RuleMemberRow[]> {
  if (!orgIds.length) return Promise.resolve([]);
  const a = 'months_upto(y.absence, $3)';
  const d = `CASE WHEN mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended') THEN months_upto(y.dues, $3) ELSE 0 END`;
  const cond = topic === 'absence' ? `${a} >= $4` : topic === 'dues' ? `${d} >= $4` : `(${a} >= $4 OR ${d} >= $4)`;
  return q.query<RuleMemberRow>(
    `SELECT y.person_id, p.full_name, o.id AS org_id, o.name AS org_name,
            y.absence & ((2 << $3) - 1) AS absence,
            CASE WHEN mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended') THEN y.dues & ((2 << $3) - 1) ELSE 0 END AS dues
       FROM orgs o
       JOIN memberships ms ON ms.org_id = o.id AND ms.ended_on IS NULL AND ms.kind = 'official'
       JOIN member_year_months y ON y.person_id = ms.person_id
       JOIN members mb ON mb.person_id = y.person_id JOIN people p ON p.id = y.person_id
      WHERE o.id = ANY ($1::uuid[]) AND y.year = $2 AND y.most >= ${MIN_MONTHS} AND ${cond}
      ORDER BY o.name, o.id, p.full_name, y.person_id
      LIMIT $6 OFFSET $5`,
    [orgIds, year, upto, atLeast, offset, limit],
  );
}

/** One member's months under each rule in `year` (bits; 0 when none count). */
export async function memberYear(q: Queryable, personId: string, year: number): Promise<{ absence: number; dues: number }> {
  const r = await q.one<{ absence: number; dues: number }>('SELECT absence, dues FROM member_year_months WHERE person_id = $1 AND year = $2', [personId, year]);
  return r ?? { absence: 0, dues: 0 };
}

export type PersonRow = { person_id: string; full_name: string; org_id: string };

/** Current members (open official membership) among the given people, with their cell. */
export function people(q: Queryable, ids: string[]): Promise<PersonRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return q.query<PersonRow>(
    `SELECT p.id AS person_id, p.full_name, ms.org_id
       FROM people p JOIN memberships ms ON ms.person_id = p.id AND ms.ended_on IS NULL AND ms.kind = 'official'
      WHERE p.id = ANY ($1::uuid[])`,
    [ids],
  );
}

export type MemberCountRow = { org_id: string; total: number; official: number; probationary: number; exempt: number };

/**
 * Current members (open official membership) of each unit of the subtree, as the database keeps them per unit, standing
 * and state (cell_member_counts, migration 0027: recomputed whenever a membership or a member's standing or state
 * changes): those who take part in the cell's life (active, exempt, temporarily exempt), of them the official and the
 * probationary ones, and the exempt (for good or for a time). One row per unit.
 */
export function memberCounts(q: Queryable, path: string): Promise<MemberCountRow[]> {
  return q.query<MemberCountRow>(
    `SELECT c.org_id,
            coalesce(sum(c.n) FILTER (WHERE c.state IN ('active', 'exempt', 'temp_exempt')), 0)::int AS total,
            coalesce(sum(c.n) FILTER (WHERE c.state IN ('active', 'exempt', 'temp_exempt') AND c.standing = 'official'), 0)::int AS official,
            coalesce(sum(c.n) FILTER (WHERE c.state IN ('active', 'exempt', 'temp_exempt') AND c.standing = 'probationary'), 0)::int AS probationary,
            coalesce(sum(c.n) FILTER (WHERE c.state IN ('exempt', 'temp_exempt')), 0)::int AS exempt
       FROM cell_member_counts c JOIN orgs o ON o.id = c.org_id
      WHERE o.path LIKE $1
      GROUP BY c.org_id`,
    [path + '%'],
  );
}

export type TrendRow = { child: string; month: string; standing: MemberStanding; member_state: MemberState; status: AttendanceStatus; n: number };

/**
 * Roll calls of held regular-kind meetings in [from, to], counted per month and per direct child of the unit (the
 * child's id; the unit's own id for its own meetings). Bounded by children × months, whatever the subtree's size.
 */
export function attendanceTrend(q: Queryable, path: string, from: string, to: string): Promise<TrendRow[]> {
  return q.query<TrendRow>(
    `SELECT coalesce(nullif(split_part(substr(o.path, length($1) + 1), '/', 1), ''), split_part(rtrim($1, '/'), '/', -1)) AS child,
            to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month,
            t.standing, t.member_state, t.status, sum(t.n)::int AS n
       FROM meetings m JOIN orgs o ON o.id = m.org_id
       JOIN meeting_roll_totals t ON t.meeting_id = m.id AND t.role IN ('member', 'exempt')
      WHERE o.path LIKE $1 || '%' AND m.status IN ('held', 'approved') AND m.type IN ('regular', 'combined', 'expanded')
        AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3
      GROUP BY 1, 2, 3, 4, 5`,
    [path, from, to],
  );
}

export type MonthlyMeetingRow = { child: string; org_id: string; month: string; type: MeetingType; status: string; level: ScoreLevel | null };

/** Meetings per cell and month in [from, to] with their level, for regularity and quality trends. */
export function meetingTrend(q: Queryable, path: string, from: string, to: string): Promise<MonthlyMeetingRow[]> {
  return q.query<MonthlyMeetingRow>(
    `SELECT coalesce(nullif(split_part(substr(o.path, length($1) + 1), '/', 1), ''), split_part(rtrim($1, '/'), '/', -1)) AS child,
            m.org_id, to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month, m.type, m.status, s.level
       FROM meetings m JOIN orgs o ON o.id = m.org_id
       LEFT JOIN meeting_scores s ON s.meeting_id = m.id
      WHERE o.path LIKE $1 || '%' AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3 AND m.status IN ('held', 'approved')`,
    [path, from, to],
  );
}

export type TaskGroup = { org_id: string; status: 'open' | 'in_progress' | 'done' | 'dropped'; due_on: string | null; n: number };

/** Tasks owned in each cell of the subtree that are not finished, by status and due date (overdue is decided in src/domain). */
export function openTasks(q: Queryable, path: string): Promise<TaskGroup[]> {
  return q.query<TaskGroup>(
    `SELECT t.owner_org_id AS org_id, t.status, t.due_on, count(*)::int AS n
       FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
      WHERE o.path LIKE $1 AND t.status IN ('open', 'in_progress')
      GROUP BY 1, 2, 3`,
    [path + '%'],
  );
}

export type DuesGroup = { org_id: string; meetings: number; payers: number; paid: number; expected: number };

/**
 * Dues recorded at the held meetings of each cell of the subtree whose month lies in [from, to]: meetings that
 * collected, members who paid something, the amount paid and the amount expected (VND). Read from the dues totals the
 * database keeps per meeting (meeting_dues_totals, migration 0019). A member who paid at several meetings of the
 * period counts once: for a cell with more than one such meeting `payers` is only the sum over its meetings, and the
 * meetings are in `several` so that distinctPayers counts the members from the payments themselves.
 */
export function duesCollected(q: Queryable, path: string, from: string, to: string): Promise<(DuesGroup & { several: string[] | null })[]> {
  // Within one year the members who paid are counted from dues_paid_months (duesPayers): `several` is then only a mark.
  const ids = from.slice(0, 4) !== to.slice(0, 4);
  return q.query<DuesGroup & { several: string[] | null }>(
    `SELECT m.org_id, count(*)::int AS meetings, sum(t.payers)::int AS payers, sum(t.paid)::float8 AS paid,
            sum(t.expected)::float8 AS expected, CASE WHEN count(*) > 1 THEN ${ids ? 'array_agg(m.id::text)' : 'ARRAY[]::text[]'} END AS several
       FROM meetings m JOIN orgs o ON o.id = m.org_id JOIN meeting_dues_totals t ON t.meeting_id = m.id
      WHERE o.path LIKE $1 AND m.status IN ('held', 'approved') AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3
      GROUP BY 1`,
    [path + '%', from, to],
  );
}

/** Members who paid something at the given meetings, counted once per cell (the meetings' cell). */
export function distinctPayers(q: Queryable, meetingIds: string[]): Promise<{ org_id: string; payers: number }[]> {
  if (!meetingIds.length) return Promise.resolve([]);
  return q.query<{ org_id: string; payers: number }>(
    `SELECT org_id, count(*)::int AS payers FROM (
       SELECT DISTINCT m.org_id, d.person_id FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id
        WHERE d.meeting_id = ANY ($1::uuid[]) AND d.amount_paid > 0) x
      GROUP BY 1`,
    [meetingIds],
  );
}

/**
 * Members who paid something at the held meetings of each cell of the subtree in the months [fromMonth, toMonth] of one
 * year, each counted once, from the months the database keeps per cell, member and year (dues_paid_months,
 * migration 0023: recomputed whenever payments or their meetings change).
 */
export function duesPayers(q: Queryable, path: string, year: number, fromMonth: number, toMonth: number): Promise<{ org_id: string; payers: number }[]> {
  // Bits fromMonth..toMonth (bit m: month m).
  const mask = ((1 << (toMonth + 1)) - 1) & ~((1 << fromMonth) - 1);
  return q.query<{ org_id: string; payers: number }>(
    `SELECT p.org_id, count(*)::int AS payers
       FROM dues_paid_months p JOIN orgs o ON o.id = p.org_id
      WHERE o.path LIKE $1 AND p.year = $2 AND p.months & $3 <> 0
      GROUP BY 1`,
    [path + '%', year, mask],
  );
}

export type DisseminationRow = {
  org_id: string; document_id: string; number: string; subject: string; disseminate_by: string; done_on: string | null;
};

/**
 * Documents to be disseminated (quán triệt) by a date on or before `to`, for each target cell of the subtree (every
 * active cell under the issuing unit, or the cells chosen), with the date of the meeting at which the cell did.
 * The same targets as the directives module's coverage.
 */
export function disseminationDue(q: Queryable, path: string, to: string): Promise<DisseminationRow[]> {
  return q.query<DisseminationRow>(
    `SELECT c.id AS org_id, d.id AS document_id, d.number, d.subject, d.disseminate_by, m.date AS done_on
       FROM directive_documents d JOIN orgs od ON od.id = d.org_id
       JOIN orgs c ON c.path LIKE od.path || '%' AND c.kind = 'cell' AND c.status = 'active'
       LEFT JOIN disseminations ds ON ds.document_id = d.id AND ds.org_id = c.id
       LEFT JOIN meetings m ON m.id = ds.meeting_id
      WHERE c.path LIKE $1 AND d.disseminate_by IS NOT NULL AND d.disseminate_by <= $2
        AND (d.all_cells OR EXISTS (SELECT 1 FROM dissemination_targets x WHERE x.document_id = d.id AND x.org_id = c.id))`,
    [path + '%', to],
  );
}

export type SupervisionRow = {
  id: string; org_id: string; kind: 'inspection' | 'supervision'; status: string; year: number;
  decision_date: string | null; notice_date: string | null;
};

/** Inspection and supervision items whose subject is a cell of the subtree (or a member of one), years [fromYear, toYear]. */
export function supervisionItems(q: Queryable, path: string, fromYear: number, toYear: number): Promise<SupervisionRow[]> {
  return q.query<SupervisionRow>(
    `SELECT i.id, i.subject_org_id AS org_id, i.kind, i.status, i.year, i.decision_date, i.notice_date
       FROM supervision_items i JOIN orgs o ON o.id = i.subject_org_id
      WHERE o.path LIKE $1 AND i.year BETWEEN $2 AND $3`,
    [path + '%', fromYear, toYear],
  );
}

export type RemedyRow = { org_id: string; status: 'open' | 'reported' | 'verified'; due_on: string; n: number };

/** Remedies of concluded inspections and supervisions of the subtree's cells, by status and deadline, whatever the year. */
export function remedies(q: Queryable, path: string): Promise<RemedyRow[]> {
  return q.query<RemedyRow>(
    `SELECT i.subject_org_id AS org_id, r.status, r.due_on, count(*)::int AS n
       FROM supervision_remedies r JOIN supervision_items i ON i.id = r.item_id JOIN orgs o ON o.id = i.subject_org_id
      WHERE o.path LIKE $1
      GROUP BY 1, 2, 3`,
    [path + '%'],
  );
}

export type ChildUnitRow = { id: string; name: string; kind: string };

/** The active units right under a unit, by name (the rows of a trend's breakdown). */
export function childUnits(q: Queryable, orgId: string): Promise<ChildUnitRow[]> {
  return q.query<ChildUnitRow>(`SELECT id, name, kind FROM orgs WHERE parent_id = $1 AND status = 'active' ORDER BY name`, [orgId]);
}

/** The documents a meeting lists for its members to read before it. */
export async function meetingDocuments(q: Queryable, meetingId: string): Promise<unknown> {
  const r = await q.one<{ documents: unknown }>('SELECT documents FROM meetings WHERE id = $1', [meetingId]);
  return r?.documents;
}

export type DuesPaidRow = { month: string; amount_paid: number; expected: number | null };

/** A member's dues paid at the meetings of [from, to], by the meeting's month. */
export function duesPaid(q: Queryable, personId: string, from: string, to: string): Promise<DuesPaidRow[]> {
  return q.query<DuesPaidRow>(
    `SELECT to_char(coalesce(m.original_date, m.date), 'YYYY-MM') AS month, d.amount_paid, d.expected
       FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.person_id = $1 AND coalesce(m.original_date, m.date) BETWEEN $2 AND $3 ORDER BY 1`,
    [personId, from, to],
  );
}
