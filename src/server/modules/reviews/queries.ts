// SQL of the year-end review: reviews, the quota setting, and the year's facts read from chibo's records. Typed rows.
import type { Queryable } from '../../db/index';
import type { ReviewLevel, ReviewStatus, ReviewSubjectKind } from '../../../domain/year/review';

export type ReviewRow = {
  id: string; org_id: string; org_name: string; org_path: string; org_place: string | null; org_parent_name: string | null; year: number;
  subject_kind: ReviewSubjectKind; subject_org_id: string; subject_org_name: string; subject_org_path: string;
  subject_person_id: string | null; subject_person_name: string | null; standing: 'probationary' | 'official' | null;
  status: ReviewStatus; facts: Record<string, unknown>;
  self_text: string | null; self_score: number | null; self_level: ReviewLevel | null; self_at: Date | null;
  comments: string | null; proposed_score: number | null; proposed_level: ReviewLevel | null; proposal_reason: string | null; proposed_at: Date | null;
  decided_level: ReviewLevel | null; decision_note: string | null; decision_reason: string | null; decider: string | null; decided_at: Date | null;
};
const SELECT = `
  SELECT v.*, o.name AS org_name, o.path AS org_path, o.place AS org_place, po.name AS org_parent_name,
         so.name AS subject_org_name, so.path AS subject_org_path, p.full_name AS subject_person_name, mb.standing,
         coalesce(dp.full_name, da.username) AS decider
    FROM reviews v JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs po ON po.id = o.parent_id
    JOIN orgs so ON so.id = v.subject_org_id
    LEFT JOIN people p ON p.id = v.subject_person_id LEFT JOIN members mb ON mb.person_id = v.subject_person_id
    LEFT JOIN accounts da ON da.id = v.decided_by LEFT JOIN people dp ON dp.id = da.person_id`;

export const reviewById = (q: Queryable, id: string) => q.one<ReviewRow>(`${SELECT} WHERE v.id = $1`, [id]);

/** Reviews of a year under a unit (the commune's, or one cell's), cells first, then members by cell and name. */
export const reviewsUnder = (q: Queryable, path: string, year: number) =>
  q.query<ReviewRow>(
    `${SELECT} WHERE v.year = $2 AND so.path LIKE $1 || '%'
      ORDER BY so.name, v.subject_kind <> 'cell', v.subject_kind <> 'cell_committee', p.name_search`,
    [path, year],
  );

/** Levels within the grassroots organisation (for the quota), proposed or decided, excluding one review. */
export const levelsOf = (q: Queryable, orgId: string, year: number, members: boolean, except: string | null) =>
  q.query<{ proposed_level: ReviewLevel | null; decided_level: ReviewLevel | null }>(
    `SELECT proposed_level, decided_level FROM reviews WHERE org_id = $1 AND year = $2 AND (subject_kind = 'member') = $3
        AND id IS DISTINCT FROM $4::uuid`,
    [orgId, year, members, except],
  );

export const quotaPercent = async (q: Queryable, orgId: string) =>
  (await q.one<{ p: number }>('SELECT excellent_quota_percent AS p FROM review_settings WHERE org_id = $1', [orgId]))?.p ?? 20;

export const saveQuota = (q: Queryable, orgId: string, percent: number, by: string) =>
  q.query(
    `INSERT INTO review_settings (org_id, excellent_quota_percent, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (org_id) DO UPDATE SET excellent_quota_percent = EXCLUDED.excellent_quota_percent, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [orgId, percent, by],
  );

/**
 * Who is reviewed in a year: the active cells under the commune (by name), their committees (where the cell has one),
 * current members admitted by the year's end (by name).
 */
export const subjectsUnder = async (q: Queryable, path: string, year: number) => {
  const cells = await q.query<{ id: string; has_committee: boolean }>(
    `SELECT o.id, EXISTS (SELECT 1 FROM positions ps WHERE ps.org_id = o.id AND ps.ended_on IS NULL AND ps.title = 'cell_committee') AS has_committee
       FROM orgs o WHERE o.kind = 'cell' AND o.status = 'active' AND o.path LIKE $1 || '%' ORDER BY o.name`,
    [path],
  );
  const members = await q.query<{ person_id: string; org_id: string }>(
    `SELECT ms.person_id, ms.org_id FROM memberships ms JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = ms.person_id
      JOIN people p ON p.id = ms.person_id
      WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND o.path LIKE $1 || '%' AND mb.state IN ('active', 'exempt', 'temp_exempt')
        AND coalesce(mb.admission_date, '1900-01-01') <= make_date($2, 12, 31)
      ORDER BY p.name_search, ms.person_id`,
    [path, year],
  );
  return { cells, members };
};

export const insertReview = (q: Queryable, r: {
  orgId: string; year: number; kind: ReviewSubjectKind; subjectOrgId: string; personId: string | null; facts: unknown; by: string | null;
}) =>
  q.one<{ id: string }>(
    `INSERT INTO reviews (org_id, year, subject_kind, subject_org_id, subject_person_id, facts, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (year, subject_kind, subject_org_id, coalesce(subject_person_id, '00000000-0000-0000-0000-000000000000'::uuid)) DO NOTHING
     RETURNING id`,
    [r.orgId, r.year, r.kind, r.subjectOrgId, r.personId, JSON.stringify(r.facts), r.by],
  );

/** Whether the unit's review of the year has been opened. */
export const yearOpened = async (q: Queryable, orgId: string, year: number) =>
  !!(await q.one('SELECT 1 FROM reviews WHERE org_id = $1 AND year = $2 LIMIT 1', [orgId, year]));

/** A review with the steps already taken (a year recorded at once), as stored. */
export type ReviewRecord = {
  org_id: string; year: number; subject_kind: ReviewSubjectKind; subject_org_id: string; subject_person_id: string | null;
  status: ReviewStatus; self_text: string | null; self_score: number | null; self_level: ReviewLevel | null; self_at: Date | null;
  comments: string | null; proposed_score: number | null; proposed_level: ReviewLevel | null; proposal_reason: string | null;
  proposed_at: Date | null; decided_level: ReviewLevel | null; decision_note: string | null; decision_reason: string | null;
  decided_by: string | null; decided_at: Date | null; created_by: string | null;
};
const RECORD_COLUMNS = [
  'org_id', 'year', 'subject_kind', 'subject_org_id', 'subject_person_id', 'status', 'self_text', 'self_score', 'self_level', 'self_at',
  'comments', 'proposed_score', 'proposed_level', 'proposal_reason', 'proposed_at', 'decided_level', 'decision_note', 'decision_reason',
  'decided_by', 'decided_at', 'created_by',
] as const satisfies readonly (keyof ReviewRecord)[];

/** Inserts reviews, 200 a statement (a subject already reviewed that year is left as it is); returns how many were new. */
export async function insertReviews(q: Queryable, rows: readonly ReviewRecord[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + 200).map((r) =>
      `(${RECORD_COLUMNS.map((c) => { params.push(r[c]); return `$${params.length}`; }).join(', ')})`);
    const out = await q.query<{ id: string }>(
      `INSERT INTO reviews (${RECORD_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (year, subject_kind, subject_org_id, coalesce(subject_person_id, '00000000-0000-0000-0000-000000000000'::uuid)) DO NOTHING
       RETURNING id`,
      params,
    );
    created += out.length;
  }
  return created;
}

export const updateReview = (q: Queryable, id: string, set: Record<string, unknown>) => {
  const cols = Object.keys(set);
  return q.query(
    `UPDATE reviews SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
    [id, ...cols.map((c) => (c === 'facts' ? JSON.stringify(set[c]) : set[c]))],
  );
};

// ---- The year's facts -------------------------------------------------------------------------------------------

type Range = { from: string; to: string };

export const memberMeetings = (q: Queryable, personId: string, r: Range) =>
  q.one<{ held: number; attended: number; excused: number; unexcused: number }>(
    `SELECT count(*)::int AS held,
            count(*) FILTER (WHERE a.status IN ('present', 'late', 'left_early'))::int AS attended,
            count(*) FILTER (WHERE a.status = 'absent_excused')::int AS excused,
            count(*) FILTER (WHERE a.status = 'absent_unexcused')::int AS unexcused
       FROM invitations i JOIN meetings m ON m.id = i.meeting_id LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.person_id = $1 AND i.role = 'member' AND m.status IN ('held', 'approved') AND m.date BETWEEN $2 AND $3`,
    [personId, r.from, r.to],
  );

export const cellMeetings = (q: Queryable, orgId: string, r: Range) =>
  q.one<{ held: number; attended: number; excused: number; unexcused: number }>(
    `SELECT count(DISTINCT m.id)::int AS held,
            count(a.*) FILTER (WHERE a.status IN ('present', 'late', 'left_early'))::int AS attended,
            count(a.*) FILTER (WHERE a.status = 'absent_excused')::int AS excused,
            count(a.*) FILTER (WHERE a.status = 'absent_unexcused')::int AS unexcused
       FROM meetings m LEFT JOIN invitations i ON i.meeting_id = m.id AND i.role = 'member' LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE m.org_id = $1 AND m.status IN ('held', 'approved') AND m.date BETWEEN $2 AND $3`,
    [orgId, r.from, r.to],
  );

export const memberDues = (q: Queryable, personId: string, r: Range) =>
  q.one<{ months: number; amount: number }>(
    `SELECT count(DISTINCT to_char(m.date, 'YYYY-MM')) FILTER (WHERE d.amount_paid > 0)::int AS months, coalesce(sum(d.amount_paid), 0)::int AS amount
       FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id WHERE d.person_id = $1 AND m.date BETWEEN $2 AND $3`,
    [personId, r.from, r.to],
  );

export const tasksOf = (q: Queryable, who: { personId: string | null; orgId: string }, r: Range, today: string) =>
  q.one<{ done: number; overdue: number; open: number }>(
    `SELECT count(*) FILTER (WHERE t.status = 'done')::int AS done,
            count(*) FILTER (WHERE t.status IN ('open', 'in_progress') AND t.due_on < $4::date)::int AS overdue,
            count(*) FILTER (WHERE t.status IN ('open', 'in_progress') AND (t.due_on IS NULL OR t.due_on >= $4::date))::int AS open
       FROM tasks t
      WHERE (CASE WHEN $1::uuid IS NULL THEN t.owner_org_id = $5 AND t.owner_kind IN ('cell', 'cell_committee') ELSE t.owner_person_id = $1::uuid END)
        AND (t.due_on BETWEEN $2 AND $3 OR (t.due_on IS NULL AND t.created_at::date <= $3) OR t.done_on BETWEEN $2 AND $3)`,
    [who.personId, r.from, r.to, today, who.orgId],
  );

export const trainingsOf = (q: Queryable, personId: string, r: Range) =>
  q.query<{ title: string; status: string; to: string }>(
    `SELECT coalesce(c.title, t.own_title) AS title, t.status, coalesce(c.ends_on, t.own_to)::text AS "to"
       FROM training_records t LEFT JOIN training_courses c ON c.id = t.course_id
      WHERE t.person_id = $1 AND coalesce(c.ends_on, t.own_to) BETWEEN $2 AND $3 ORDER BY 3`,
    [personId, r.from, r.to],
  );

export const inspectionsOf = (q: Queryable, who: { personId: string | null; orgId: string }, year: number) =>
  q.query<{ kind: string; content: string; status: string; shortcomings: string | null; open_remedies: number }>(
    `SELECT s.kind, s.content, s.status, s.conclusion_shortcomings AS shortcomings,
            (SELECT count(*)::int FROM supervision_remedies r WHERE r.item_id = s.id AND r.status <> 'verified') AS open_remedies
       FROM supervision_items s
      WHERE s.year = $2 AND (CASE WHEN $1::uuid IS NULL THEN s.subject_org_id = $3 AND s.subject_kind <> 'member' ELSE s.subject_person_id = $1::uuid END)
      ORDER BY s.period_from`,
    [who.personId, year, who.orgId],
  );

export const quality = (q: Queryable, orgId: string, r: Range) =>
  q.query<{ level: string; n: number }>(
    `SELECT s.level, count(*)::int AS n FROM meeting_scores s JOIN meetings m ON m.id = s.meeting_id
      WHERE m.org_id = $1 AND m.date BETWEEN $2 AND $3 GROUP BY s.level`,
    [orgId, r.from, r.to],
  );

/** Who holds the first of the titles (in their order) in the unit now. */
export function holderOf(q: Queryable, orgId: string, titles: string[]): Promise<{ full_name: string } | undefined> {
  return q.one<{ full_name: string }>(
    `SELECT pe.full_name FROM positions ps JOIN people pe ON pe.id = ps.person_id
      WHERE ps.org_id = $1 AND ps.ended_on IS NULL AND ps.title = ANY ($2::text[]) ORDER BY array_position($2::text[], ps.title) LIMIT 1`,
    [orgId, titles],
  );
}

/** The unit's parent's name and the unit's place. */
export function parentAndPlace(q: Queryable, orgId: string): Promise<{ name: string; place: string | null } | undefined> {
  return q.one<{ name: string; place: string | null }>('SELECT po.name, o.place FROM orgs o LEFT JOIN orgs po ON po.id = o.parent_id WHERE o.id = $1', [orgId]);
}
