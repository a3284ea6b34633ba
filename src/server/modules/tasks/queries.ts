// The tasks module's SQL, with the rows it returns.
import type { Queryable } from '../../db/index';
import type { OwnerKind, StoredTaskStatus, TaskStatus } from '../../../domain/followup/tasks';

export type TaskRow = {
  id: string; org_id: string; org_name: string; org_kind: string; meeting_id: string | null; meeting_date: string | null;
  title: string; owner_kind: OwnerKind; owner_org_id: string; owner_org_name: string; owner_person_id: string | null;
  owner_person_name: string | null; owner_partner_id: string | null; owner_partner_name: string | null; owner_label: string | null;
  due_on: string | null; status: StoredTaskStatus; shown_status: TaskStatus; drop_reason: string | null; done_on: string | null;
  created_at: Date; updated_at: Date; last_note_on: string | null; last_note: string | null;
  remedy_item_id: string | null; remedy_item_kind: 'inspection' | 'supervision' | null; remedy_status: 'open' | 'reported' | 'verified' | null;
};

export type NoteRow = {
  id: string; task_id: string; noted_on: string; body: string; status: StoredTaskStatus | null; meeting_id: string | null;
  meeting_date: string | null; author: string | null; created_at: Date;
};

/** $1 is today (Vietnam calendar) in every query that shows a status. */
const SHOWN = `CASE WHEN t.status IN ('open', 'in_progress') AND t.due_on < $1::date THEN 'overdue' ELSE t.status END`;

const SELECT = `
  SELECT t.id, t.org_id, g.name AS org_name, g.kind AS org_kind, t.meeting_id, m.date AS meeting_date, t.title, t.owner_kind,
         t.owner_org_id, o.name AS owner_org_name, t.owner_person_id, p.full_name AS owner_person_name,
         t.owner_partner_id, u.name AS owner_partner_name, t.owner_label, t.due_on, t.status, ${SHOWN} AS shown_status,
         t.drop_reason, t.done_on, t.created_at, t.updated_at,
         n.noted_on AS last_note_on, n.body AS last_note,
         sr.item_id AS remedy_item_id, si.kind AS remedy_item_kind, sr.status AS remedy_status
    FROM tasks t
    JOIN orgs g ON g.id = t.org_id
    JOIN orgs o ON o.id = t.owner_org_id
    LEFT JOIN meetings m ON m.id = t.meeting_id
    LEFT JOIN people p ON p.id = t.owner_person_id
    LEFT JOIN partner_units u ON u.id = t.owner_partner_id
    LEFT JOIN supervision_remedies sr ON sr.task_id = t.id
    LEFT JOIN supervision_items si ON si.id = sr.item_id
    LEFT JOIN LATERAL (SELECT noted_on, body FROM task_notes x WHERE x.task_id = t.id
                        ORDER BY noted_on DESC, created_at DESC LIMIT 1) n ON true`;

export type TaskFilter = {
  today: string; orgPath: string; status?: TaskStatus; ownerKind?: OwnerKind; ownerId?: string; dueMonth?: string;
  limit: number; offset: number;
};

/** Tasks given within a subtree or owned within it; overdue first, then by due date (regular tasks last). */
export async function listTasks(q: Queryable, f: TaskFilter): Promise<{ rows: TaskRow[]; total: number }> {
  const params: unknown[] = [f.today, f.orgPath + '%'];
  const where = [`(g.path LIKE $2 OR o.path LIKE $2)`];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.status) add(`${SHOWN} = ?`, f.status);
  if (f.ownerKind) add('t.owner_kind = ?', f.ownerKind);
  if (f.ownerId) add('(t.owner_person_id = ?::uuid OR t.owner_partner_id = ?::uuid OR (t.owner_kind IN (\'cell\', \'cell_committee\') AND t.owner_org_id = ?::uuid))'.replaceAll('?', `$${params.length + 1}`), f.ownerId);
  if (f.dueMonth) add(`to_char(t.due_on, 'YYYY-MM') = ?`, f.dueMonth);
  const cond = where.join(' AND ');
  const total = await q.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM tasks t JOIN orgs g ON g.id = t.org_id JOIN orgs o ON o.id = t.owner_org_id WHERE $1::date IS NOT NULL AND ${cond}`,
    params,
  );
  params.push(f.limit, f.offset);
  const rows = await q.query<TaskRow>(
    `${SELECT} WHERE ${cond}
      ORDER BY (${SHOWN} = 'overdue') DESC, (t.status IN ('done', 'dropped')),
               CASE WHEN t.status IN ('done', 'dropped') THEN coalesce(t.done_on, t.updated_at::date) END DESC,
               t.due_on NULLS LAST, t.created_at, t.title
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows, total: total?.n ?? 0 };
}

export async function taskById(q: Queryable, today: string, id: string): Promise<TaskRow | undefined> {
  return q.one<TaskRow>(`${SELECT} WHERE t.id = $2`, [today, id]);
}

export async function notesOf(q: Queryable, taskId: string): Promise<NoteRow[]> {
  return q.query<NoteRow>(
    `SELECT n.id, n.task_id, n.noted_on, n.body, n.status, n.meeting_id, m.date AS meeting_date, a.username AS author, n.created_at
       FROM task_notes n LEFT JOIN meetings m ON m.id = n.meeting_id LEFT JOIN accounts a ON a.id = n.author_id
      WHERE n.task_id = $1 ORDER BY n.noted_on DESC, n.created_at DESC`,
    [taskId],
  );
}

/**
 * Tasks a cell's meeting reviews: those the cell gave or owns that were still open at the last meeting before
 * this one, or changed or fell due since (done, dropped, a note) — excluding those this meeting gives.
 */
export async function tasksToReview(
  q: Queryable, today: string, m: { id: string; org_id: string; date: string },
): Promise<{ since: string | null; rows: TaskRow[] }> {
  const last = await q.one<{ date: string | null }>(
    `SELECT max(date) AS date FROM meetings WHERE org_id = $1 AND id <> $2 AND date < $3 AND status IN ('held', 'approved')`,
    [m.org_id, m.id, m.date],
  );
  const since = last?.date ?? '1900-01-01';
  const rows = await q.query<TaskRow>(
    `${SELECT} WHERE (t.org_id = $2 OR t.owner_org_id = $2) AND t.meeting_id IS DISTINCT FROM $3
        AND t.created_at::date <= $4::date
        AND (t.status IN ('open', 'in_progress') OR t.done_on >= $5::date OR t.updated_at::date >= $5::date
             OR EXISTS (SELECT 1 FROM task_notes x WHERE x.task_id = t.id AND x.noted_on >= $5::date))
      ORDER BY (${SHOWN} = 'overdue') DESC, t.due_on NULLS LAST, t.title`,
    [today, m.org_id, m.id, m.date, since],
  );
  return { since: last?.date ?? null, rows };
}

export type OwnerRef = { kind: OwnerKind; orgId: string; personId: string | null; partnerId: string | null };

/** Where an owner lives, if it lies in the subtree (path prefix); undefined when it does not exist at all. */
export async function resolveOwner(
  q: Queryable, kind: OwnerKind, id: string,
): Promise<{ ref: OwnerRef; path: string } | undefined> {
  if (kind === 'member') {
    const r = await q.one<{ org_id: string; path: string }>(
      `SELECT ms.org_id, o.path FROM memberships ms JOIN orgs o ON o.id = ms.org_id
        WHERE ms.person_id = $1 AND ms.ended_on IS NULL ORDER BY ms.kind = 'official' DESC LIMIT 1`,
      [id],
    );
    return r ? { ref: { kind, orgId: r.org_id, personId: id, partnerId: null }, path: r.path } : undefined;
  }
  if (kind === 'partner') {
    const r = await q.one<{ org_id: string; path: string }>(
      `SELECT u.org_id, o.path FROM partner_units u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1 AND u.active`,
      [id],
    );
    return r ? { ref: { kind, orgId: r.org_id, personId: null, partnerId: id }, path: r.path } : undefined;
  }
  const r = await q.one<{ path: string }>(`SELECT path FROM orgs WHERE id = $1 AND kind = 'cell' AND status = 'active'`, [id]);
  return r ? { ref: { kind, orgId: id, personId: null, partnerId: null }, path: r.path } : undefined;
}

export async function insertTask(
  q: Queryable,
  t: { orgId: string; meetingId: string | null; title: string; owner: OwnerRef; ownerLabel: string | null; dueOn: string | null;
    status?: StoredTaskStatus; createdBy: string | null },
): Promise<string | undefined> {
  const r = await q.one<{ id: string }>(
    `INSERT INTO tasks (org_id, meeting_id, title, owner_kind, owner_org_id, owner_person_id, owner_partner_id, owner_label, due_on,
                        status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (meeting_id, title, coalesce(owner_label, '')) WHERE meeting_id IS NOT NULL DO NOTHING
     RETURNING id`,
    [t.orgId, t.meetingId, t.title, t.owner.kind, t.owner.orgId, t.owner.personId, t.owner.partnerId, t.ownerLabel, t.dueOn,
      t.status ?? 'open', t.createdBy],
  );
  return r?.id;
}

export async function insertNote(
  q: Queryable, n: { taskId: string; notedOn: string; body: string; status: StoredTaskStatus | null; meetingId: string | null; authorId: string | null },
): Promise<void> {
  await q.query(
    'INSERT INTO task_notes (task_id, noted_on, body, status, meeting_id, author_id) VALUES ($1, $2, $3, $4, $5, $6)',
    [n.taskId, n.notedOn, n.body, n.status, n.meetingId, n.authorId],
  );
}

/** Members (current) and active partner units of a cell, to match a resolution's assignee text. */
export async function ownerCandidates(q: Queryable, cellId: string) {
  const members = await q.query<{ personId: string; fullName: string }>(
    `SELECT p.id AS "personId", p.full_name AS "fullName" FROM memberships ms JOIN people p ON p.id = ms.person_id
      WHERE ms.org_id = $1 AND ms.ended_on IS NULL`,
    [cellId],
  );
  const partners = await q.query<{ id: string; kind: string; name: string }>(
    'SELECT id, kind, name FROM partner_units WHERE org_id = $1 AND active ORDER BY kind, name',
    [cellId],
  );
  return { members, partners };
}

/** Whom a unit may give tasks to: its cells (and their committees), their current members and active partner units. */
export async function ownersWithin(q: Queryable, path: string) {
  const cells = await q.query<{ id: string; name: string }>(
    `SELECT id, name FROM orgs WHERE kind = 'cell' AND status = 'active' AND path LIKE $1 ORDER BY name`, [path + '%'],
  );
  const members = await q.query<{ id: string; name: string; org_name: string }>(
    `SELECT p.id, p.full_name AS name, o.name AS org_name FROM memberships ms JOIN people p ON p.id = ms.person_id
       JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = p.id
      WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND o.path LIKE $1 AND mb.state IN ('active', 'exempt', 'temp_exempt')
      ORDER BY o.name, p.name_search`, [path + '%'],
  );
  const partners = await q.query<{ id: string; name: string; org_name: string }>(
    `SELECT u.id, u.name, o.name AS org_name FROM partner_units u JOIN orgs o ON o.id = u.org_id
      WHERE u.active AND o.path LIKE $1 ORDER BY o.name, u.kind, u.name`, [path + '%'],
  );
  return { cells, members, partners };
}

export type OrgRef = { id: string; name: string; path: string; kind: string; status: string };

/** A unit as a task's giver sees it (undefined when it does not exist). */
export async function orgById(q: Queryable, id: string): Promise<OrgRef | undefined> {
  return q.one<OrgRef>('SELECT id, name, path, kind, status FROM orgs WHERE id = $1', [id]);
}

/** Changes a task's title, owner and due day (each only when given: null title, owner kind or `setDue` false keep it). */
export async function updateTask(
  q: Queryable, id: string, c: { title: string | null; owner: OwnerRef | null; setDue: boolean; dueOn: string | null },
): Promise<void> {
  await q.query(
    `UPDATE tasks SET title = coalesce($2, title),
            owner_kind = coalesce($3, owner_kind), owner_org_id = coalesce($4, owner_org_id),
            owner_person_id = CASE WHEN $3::text IS NULL THEN owner_person_id ELSE $5::uuid END,
            owner_partner_id = CASE WHEN $3::text IS NULL THEN owner_partner_id ELSE $6::uuid END,
            owner_label = CASE WHEN $3::text IS NULL THEN owner_label ELSE NULL END,
            due_on = CASE WHEN $7 THEN $8::date ELSE due_on END, updated_at = now()
      WHERE id = $1`,
    [id, c.title, c.owner?.kind ?? null, c.owner?.orgId ?? null, c.owner?.personId ?? null, c.owner?.partnerId ?? null, c.setDue, c.dueOn],
  );
}

/** A new status (done sets the day it was done, dropped its reason). */
export async function setStatus(q: Queryable, id: string, status: StoredTaskStatus, on: string, dropReason: string | null): Promise<void> {
  await q.query(
    `UPDATE tasks SET status = $2, done_on = CASE WHEN $2 = 'done' THEN $3::date ELSE NULL END,
            drop_reason = CASE WHEN $2 = 'dropped' THEN $4 ELSE NULL END, updated_at = now() WHERE id = $1`,
    [id, status, on, dropReason],
  );
}

export async function touch(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE tasks SET updated_at = now() WHERE id = $1', [id]);
}

export type MeetingRef = { id: string; org_id: string; date: string; status: string; org_path: string };

export async function meetingRef(q: Queryable, id: string): Promise<MeetingRef | undefined> {
  return q.one<MeetingRef>(
    'SELECT m.id, m.org_id, m.date, m.status, o.path AS org_path FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1', [id],
  );
}

/** The notes a meeting made on these tasks, oldest first. */
export async function notesAtMeeting(q: Queryable, meetingId: string, taskIds: string[]): Promise<{ task_id: string; body: string }[]> {
  return q.query<{ task_id: string; body: string }>(
    'SELECT task_id, body FROM task_notes WHERE meeting_id = $1 AND task_id = ANY ($2::uuid[]) ORDER BY created_at', [meetingId, taskIds],
  );
}

/** Whether a unit gave or owns any task. */
export async function hasTasks(q: Queryable, orgId: string): Promise<boolean> {
  return !!(await q.one('SELECT 1 FROM tasks WHERE org_id = $1 OR owner_org_id = $1 LIMIT 1', [orgId]));
}

/**
 * Whether a cell held a meeting before this one whose resolution has tasks and whose minutes are not approved yet (later than
 * its last approved minutes): those tasks are not tracked yet.
 */
export async function hasUntrackedMinutes(q: Queryable, m: { id: string; org_id: string; date: string }): Promise<boolean> {
  return !!(await q.one(
    `SELECT 1 FROM meetings WHERE org_id = $1 AND id <> $2 AND date < $3 AND status = 'held'
        AND jsonb_array_length(coalesce(resolution->'tasks', '[]'::jsonb)) > 0
        AND date > coalesce((SELECT max(date) FROM meetings WHERE org_id = $1 AND status = 'approved' AND date < $3), '-infinity'::date)
      LIMIT 1`,
    [m.org_id, m.id, m.date],
  ));
}

export type PastTaskRow = {
  id: string; orgId: string; meetingId: string | null; title: string; owner: OwnerRef; ownerLabel: string | null; dueOn: string | null;
  status: StoredTaskStatus; dropReason: string | null; doneOn: string | null; createdBy: string | null; createdAt: Date; updatedAt: Date;
};
export type PastNoteRow = {
  id: string; taskId: string; notedOn: string; body: string; status: StoredTaskStatus | null; meetingId: string | null; authorId: string | null;
  createdAt: Date;
};

/** Many tasks as they stood after their history (the demo's past), in one statement. */
export async function insertPastTasks(q: Queryable, rows: PastTaskRow[]): Promise<void> {
  if (!rows.length) return;
  const col = <T>(f: (r: PastTaskRow) => T) => rows.map(f);
  await q.query(
    `INSERT INTO tasks (id, org_id, meeting_id, title, owner_kind, owner_org_id, owner_person_id, owner_partner_id, owner_label, due_on, status,
                        drop_reason, done_on, created_by, created_at, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::date[],
                          $11::text[], $12::text[], $13::date[], $14::uuid[], $15::timestamptz[], $16::timestamptz[])`,
    [col((r) => r.id), col((r) => r.orgId), col((r) => r.meetingId), col((r) => r.title), col((r) => r.owner.kind), col((r) => r.owner.orgId),
      col((r) => r.owner.personId), col((r) => r.owner.partnerId), col((r) => r.ownerLabel), col((r) => r.dueOn), col((r) => r.status),
      col((r) => r.dropReason), col((r) => r.doneOn), col((r) => r.createdBy), col((r) => r.createdAt), col((r) => r.updatedAt)],
  );
}

export async function insertPastNotes(q: Queryable, rows: PastNoteRow[]): Promise<void> {
  if (!rows.length) return;
  const col = <T>(f: (r: PastNoteRow) => T) => rows.map(f);
  await q.query(
    `INSERT INTO task_notes (id, task_id, noted_on, body, status, meeting_id, author_id, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::timestamptz[])`,
    [col((r) => r.id), col((r) => r.taskId), col((r) => r.notedOn), col((r) => r.body), col((r) => r.status), col((r) => r.meetingId),
      col((r) => r.authorId), col((r) => r.createdAt)],
  );
}

export type UnitRef = { id: string; name: string; kind: string; status: string; path: string };

export async function orgsByIds(q: Queryable, ids: string[]): Promise<UnitRef[]> {
  return q.query<UnitRef>('SELECT id, name, kind, status, path FROM orgs WHERE id = ANY ($1::uuid[])', [ids]);
}

export async function meetingsByIds(q: Queryable, ids: string[]): Promise<{ id: string; org_id: string; status: string }[]> {
  return q.query<{ id: string; org_id: string; status: string }>('SELECT id, org_id, status FROM meetings WHERE id = ANY ($1::uuid[])', [ids]);
}

/** Of these people, those with an open membership, with its unit. */
export async function openMemberships(q: Queryable, personIds: string[]): Promise<{ person_id: string; org_id: string }[]> {
  return q.query<{ person_id: string; org_id: string }>(
    'SELECT person_id, org_id FROM memberships WHERE person_id = ANY ($1::uuid[]) AND ended_on IS NULL', [personIds],
  );
}

export async function activePartners(q: Queryable, ids: string[]): Promise<{ id: string; org_id: string }[]> {
  return q.query<{ id: string; org_id: string }>('SELECT id, org_id FROM partner_units WHERE id = ANY ($1::uuid[]) AND active', [ids]);
}
