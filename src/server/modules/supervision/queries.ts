// SQL of the inspection and supervision programme (QĐ 296-QĐ/TW): items and their remedies. Typed rows.
import type { Queryable } from '../../db/index';

export type ItemRow = {
  id: string; org_id: string; year: number; kind: 'inspection' | 'supervision'; subject_kind: 'cell' | 'cell_committee' | 'member';
  subject_org_id: string; subject_org_name: string; subject_org_path: string; subject_person_id: string | null; subject_person_name: string | null;
  content: string; period_from: string; period_to: string; lead_person_id: string | null; lead_name: string | null;
  team: { personId: string; name: string }[];
  status: 'planned' | 'decided' | 'reported' | 'findings' | 'concluded' | 'verified';
  decision_no: number | null; decision_date: string | null; plan: string | null; report: string | null; report_date: string | null;
  findings: string | null; findings_date: string | null; conclusion_strengths: string | null; conclusion_shortcomings: string | null;
  conclusion_requests: string | null; notice_no: number | null; notice_date: string | null; verified_at: Date | null;
  org_name: string; org_path: string; org_place: string | null; org_parent_name: string | null;
};

const SELECT_ITEM = `
  SELECT s.*, so.name AS subject_org_name, so.path AS subject_org_path, sp.full_name AS subject_person_name, lp.full_name AS lead_name,
         o.name AS org_name, o.path AS org_path, o.place AS org_place, po.name AS org_parent_name
    FROM supervision_items s
    JOIN orgs so ON so.id = s.subject_org_id
    JOIN orgs o ON o.id = s.org_id
    LEFT JOIN orgs po ON po.id = o.parent_id
    LEFT JOIN people sp ON sp.id = s.subject_person_id
    LEFT JOIN people lp ON lp.id = s.lead_person_id`;

export const itemById = (q: Queryable, id: string) => q.one<ItemRow>(`${SELECT_ITEM} WHERE s.id = $1`, [id]);

/** Items of a year run by the unit, or about a cell under it. */
export const itemsFor = (q: Queryable, orgId: string, path: string, year: number) =>
  q.query<ItemRow>(
    `${SELECT_ITEM} WHERE s.year = $3 AND (s.org_id = $1 OR so.path LIKE $2 || '%')
      ORDER BY s.period_from, s.kind, so.name, s.id`,
    [orgId, path, year],
  );

export type RemedyRow = {
  id: string; item_id: string; position: number; content: string; owner_person_id: string | null; owner_name: string; due_on: string;
  status: 'open' | 'reported' | 'verified'; done_note: string | null; reported_at: Date | null; verification_note: string | null;
  verified_at: Date | null; verifier: string | null; task_id: string | null;
};

export const remediesOf = (q: Queryable, itemIds: string[]) =>
  q.query<RemedyRow>(
    `SELECT r.*, coalesce(p.full_name, a.username) AS verifier FROM supervision_remedies r
       LEFT JOIN accounts a ON a.id = r.verified_by LEFT JOIN people p ON p.id = a.person_id
      WHERE r.item_id = ANY ($1::uuid[]) ORDER BY r.item_id, r.position`,
    [itemIds],
  );

export type NewItem = {
  id: string; org_id: string; year: number; kind: string; subject_kind: string; subject_org_id: string; subject_person_id: string | null;
  content: string; period_from: string; period_to: string; lead_person_id: string | null; team: { personId: string; name: string }[];
  created_by: string;
};
export const insertItem = (q: Queryable, r: NewItem) =>
  q.query(
    `INSERT INTO supervision_items (id, org_id, year, kind, subject_kind, subject_org_id, subject_person_id, content, period_from, period_to,
       lead_person_id, team, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [r.id, r.org_id, r.year, r.kind, r.subject_kind, r.subject_org_id, r.subject_person_id, r.content, r.period_from, r.period_to,
      r.lead_person_id, JSON.stringify(r.team), r.created_by],
  );

/** Sets columns of an item (names from the service, never from input) and its status. */
export const updateItem = (q: Queryable, id: string, set: Record<string, unknown>) => {
  const cols = Object.keys(set);
  return q.query(
    `UPDATE supervision_items SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
    [id, ...cols.map((c) => set[c])],
  );
};

export const nextNumber = async (q: Queryable, orgId: string, year: number, column: 'decision_no' | 'notice_no') =>
  (await q.one<{ n: number }>(
    `SELECT coalesce(max(${column}), 0)::int + 1 AS n FROM supervision_items WHERE org_id = $1 AND year = $2`,
    [orgId, year],
  ))!.n;

export const numberTaken = async (q: Queryable, orgId: string, year: number, column: 'decision_no' | 'notice_no', n: number, except: string) =>
  !!(await q.one(`SELECT 1 FROM supervision_items WHERE org_id = $1 AND year = $2 AND ${column} = $3 AND id <> $4`, [orgId, year, n, except]));

export const insertRemedy = (q: Queryable, itemId: string, position: number, r: { content: string; ownerName: string; ownerPersonId?: string | null; dueOn: string }) =>
  q.query(
    `INSERT INTO supervision_remedies (item_id, position, content, owner_name, owner_person_id, due_on) VALUES ($1, $2, $3, $4, $5, $6)`,
    [itemId, position, r.content, r.ownerName, r.ownerPersonId ?? null, r.dueOn],
  );

export const remedyById = (q: Queryable, itemId: string, remedyId: string) =>
  q.one<RemedyRow>(`SELECT r.*, NULL AS verifier FROM supervision_remedies r WHERE r.item_id = $1 AND r.id = $2`, [itemId, remedyId]);

export const reportRemedy = (q: Queryable, remedyId: string, accountId: string | null, note: string | null, at = new Date()) =>
  q.query(`UPDATE supervision_remedies SET status = 'reported', reported_at = $4, reported_by = $2, done_note = $3 WHERE id = $1`,
    [remedyId, accountId, note, at]);

export const verifyRemedy = (q: Queryable, remedyId: string, accountId: string, note: string | null, at = new Date()) =>
  q.query(`UPDATE supervision_remedies SET status = 'verified', verified_at = $4, verified_by = $2, verification_note = $3 WHERE id = $1`,
    [remedyId, accountId, note, at]);

export const people = (q: Queryable, ids: string[]) =>
  q.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people WHERE id = ANY ($1::uuid[])', [ids]);

/** The person's title in the committee on a date (for the team list and the signature). */
export const committeeTitles = (q: Queryable, orgId: string, date: string) =>
  q.query<{ person_id: string; full_name: string; title: string }>(
    `SELECT p.person_id, pe.full_name, p.title FROM positions p JOIN people pe ON pe.id = p.person_id
      WHERE p.org_id = $1 AND p.started_on <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $2)`,
    [orgId, date],
  );

export const membershipOn = (q: Queryable, personId: string, orgId: string) =>
  q.one(`SELECT 1 FROM memberships WHERE person_id = $1 AND org_id = $2`, [personId, orgId]);

/** The committee members' attendance and observations at the cell's meetings in a period. */
export const cellObservations = (q: Queryable, orgId: string, from: string, to: string) =>
  q.query<{ meeting_id: string; date: string; overseer: string; attended: boolean; leadership: string | null; mood: string | null;
    residents: string | null; proposals: string | null }>(
    `SELECT m.id AS meeting_id, m.date, i.name AS overseer, coalesce(a.status IN ('present', 'late', 'left_early'), false) AS attended,
            ob.leadership, ob.mood, ob.residents, ob.proposals
       FROM meetings m JOIN invitations i ON i.meeting_id = m.id AND i.role = 'overseer'
       LEFT JOIN attendance a ON a.invitation_id = i.id
       LEFT JOIN overseer_observations ob ON ob.meeting_id = m.id AND ob.person_id = i.person_id
      WHERE m.org_id = $1 AND m.date BETWEEN $2 AND $3 AND m.status IN ('held', 'approved')
      ORDER BY m.date, i.name`,
    [orgId, from, to],
  );

// ---- Remedies followed as tasks (remedy-tasks.ts) ----------------------------------------------------------------

export type UnlinkedRemedyRow = {
  id: string; content: string; owner_person_id: string | null; owner_name: string; due_on: string; status: RemedyRow['status'];
  reported_at: Date | null; done_note: string | null; verified_at: Date | null; verification_note: string | null;
  org_id: string; subject_kind: ItemRow['subject_kind']; subject_org_id: string; subject_person_id: string | null;
};

/** The item's remedies that have no task yet, with what the task needs of their item. */
export const remediesWithoutTask = (q: Queryable, itemId: string) =>
  q.query<UnlinkedRemedyRow>(
    `SELECT r.id, r.content, r.owner_person_id, r.owner_name, r.due_on::text AS due_on, r.status, r.reported_at, r.done_note,
            r.verified_at, r.verification_note,
            s.org_id, s.subject_kind, s.subject_org_id, s.subject_person_id
       FROM supervision_remedies r JOIN supervision_items s ON s.id = r.item_id
      WHERE r.item_id = $1 AND r.task_id IS NULL ORDER BY r.position`,
    [itemId],
  );

export const setRemedyTask = (q: Queryable, remedyId: string, taskId: string | undefined) =>
  q.query('UPDATE supervision_remedies SET task_id = $2 WHERE id = $1', [remedyId, taskId ?? null]);

/** The day a remedy's task was done (a remedy reported before its task existed). */
export const setRemedyTaskDoneOn = (q: Queryable, taskId: string, doneOn: string | null) =>
  q.query('UPDATE tasks SET done_on = $2::date WHERE id = $1', [taskId, doneOn]);

export type RemedyLinkRow = { remedy_id: string; item_id: string; status: RemedyRow['status'] };

/** The remedy a task follows, if it follows one. */
export const remedyOfTask = (q: Queryable, taskId: string) =>
  q.one<RemedyLinkRow>('SELECT id AS remedy_id, item_id, status FROM supervision_remedies WHERE task_id = $1', [taskId]);

/** Takes a reported remedy back to open (its task reopened). */
export const reopenRemedy = (q: Queryable, remedyId: string) =>
  q.query(`UPDATE supervision_remedies SET status = 'open', reported_at = NULL, reported_by = NULL, done_note = NULL WHERE id = $1`, [remedyId]);

/** The remedy's words and deadline, changed with its task's (null keeps them). */
export const editRemedy = (q: Queryable, remedyId: string, set: { content: string | null; dueOn: string | null }) =>
  q.query('UPDATE supervision_remedies SET content = coalesce($2, content), due_on = coalesce($3::date, due_on) WHERE id = $1',
    [remedyId, set.content, set.dueOn]);
