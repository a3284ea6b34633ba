// The directives module's SQL (library, targets, disseminations, reads), with the rows it returns.
import type { Queryable } from '../../db/index';

export type DocRow = {
  id: string; org_id: string; org_name: string; org_path: string; number: string; doc_type: string; issuer: string; issued_on: string;
  subject: string; file_name: string; file_type: 'pdf' | 'docx'; file_size: number; file_sha256: string; disseminate_by: string | null;
  all_cells: boolean; created_at: Date;
};
export type CellCoverageRow = {
  org_id: string; org_name: string; org_path: string; meeting_id: string | null; meeting_date: string | null; members_total: number;
  members_reached: number;
};

const DOC = `SELECT d.id, d.org_id, o.name AS org_name, o.path AS org_path, d.number, d.doc_type, d.issuer, d.issued_on, d.subject,
  d.file_name, d.file_type, d.file_size, d.file_sha256, d.disseminate_by, d.all_cells, d.created_at
  FROM directive_documents d JOIN orgs o ON o.id = d.org_id`;

/** Visible: a document of a unit above the caller's units (an upper level's) or inside them; null paths = everything. */
const VISIBLE = `($1::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($1::text[]) g WHERE g LIKE o.path || '%' OR o.path LIKE g || '%'))`;

export async function listDocs(q: Queryable, paths: string[] | null, folded: string): Promise<DocRow[]> {
  return q.query<DocRow>(
    `${DOC} WHERE ${VISIBLE} AND ($2 = '' OR d.search LIKE '%' || $2 || '%')
      ORDER BY d.disseminate_by IS NULL, d.disseminate_by DESC, d.issued_on DESC LIMIT 200`,
    [paths, folded],
  );
}

export async function docById(q: Queryable, paths: string[] | null, id: string): Promise<DocRow | undefined> {
  return q.one<DocRow>(`${DOC} WHERE ${VISIBLE} AND d.id = $2`, [paths, id]);
}

export async function fileOf(q: Queryable, id: string) {
  return q.one<{ file_data: Buffer | Uint8Array; file_name: string; file_type: string; file_sha256: string }>(
    'SELECT file_data, file_name, file_type, file_sha256 FROM directive_documents WHERE id = $1', [id],
  );
}

/** Members who count for coverage: current official members of the cell in activity (the exempt are excused). */
const MEMBERS = `SELECT ms.person_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
  WHERE ms.org_id = c.id AND ms.ended_on IS NULL AND ms.kind = 'official' AND mb.state = 'active'`;
const REACHED = (doc: string, person: string) => `(EXISTS (SELECT 1 FROM invitations i JOIN attendance a ON a.invitation_id = i.id
    WHERE i.meeting_id = ds.meeting_id AND i.person_id = ${person} AND a.status IN ('present', 'late', 'left_early'))
  OR EXISTS (SELECT 1 FROM document_reads r WHERE r.document_id = ${doc} AND r.person_id = ${person}))`;

/** The cells a document goes to: all active cells under its unit, or those chosen. */
const TARGETS = `SELECT c.* FROM orgs c, directive_documents d0 JOIN orgs o0 ON o0.id = d0.org_id
  WHERE d0.id = $1 AND c.kind = 'cell' AND c.status = 'active' AND c.path LIKE o0.path || '%'
    AND (d0.all_cells OR EXISTS (SELECT 1 FROM dissemination_targets x WHERE x.document_id = d0.id AND x.org_id = c.id))`;

export async function coverage(q: Queryable, docId: string): Promise<CellCoverageRow[]> {
  return q.query<CellCoverageRow>(
    `SELECT c.id AS org_id, c.name AS org_name, c.path AS org_path, ds.meeting_id, m.date AS meeting_date,
            (SELECT count(*) FROM (${MEMBERS}) x)::int AS members_total,
            (SELECT count(*) FROM (${MEMBERS}) x WHERE ${REACHED('$1', 'x.person_id')})::int AS members_reached
       FROM (${TARGETS}) c
       LEFT JOIN disseminations ds ON ds.document_id = $1 AND ds.org_id = c.id
       LEFT JOIN meetings m ON m.id = ds.meeting_id
      ORDER BY c.name`,
    [docId],
  );
}

export type CellDocRow = {
  id: string; number: string; subject: string; issuer: string; disseminate_by: string; meeting_id: string | null; meeting_date: string | null;
  agenda_item_id: string | null; members_total: number; members_reached: number;
};

/** The documents a cell is to disseminate, with the meeting where it did (if it did) and how many of its members took each in. */
export async function cellDocs(q: Queryable, orgId: string): Promise<CellDocRow[]> {
  return q.query<CellDocRow>(
    `SELECT d.id, d.number, d.subject, d.issuer, d.disseminate_by, ds.meeting_id, m.date AS meeting_date, ds.agenda_item_id,
            (SELECT count(*) FROM (${MEMBERS}) x)::int AS members_total,
            (SELECT count(*) FROM (${MEMBERS}) x WHERE ${REACHED('d.id', 'x.person_id')})::int AS members_reached
       FROM directive_documents d JOIN orgs o ON o.id = d.org_id
      CROSS JOIN orgs c
       LEFT JOIN disseminations ds ON ds.document_id = d.id AND ds.org_id = c.id
       LEFT JOIN meetings m ON m.id = ds.meeting_id
      WHERE c.id = $1 AND c.kind = 'cell' AND d.disseminate_by IS NOT NULL AND c.path LIKE o.path || '%'
        AND (d.all_cells OR EXISTS (SELECT 1 FROM dissemination_targets x WHERE x.document_id = d.id AND x.org_id = c.id))
      ORDER BY ds.meeting_id IS NOT NULL, d.disseminate_by, d.issued_on LIMIT 200`,
    [orgId],
  );
}

export async function isTarget(q: Queryable, docId: string, orgId: string): Promise<boolean> {
  return !!(await q.one(`SELECT 1 FROM (${TARGETS}) c WHERE c.id = $2`, [docId, orgId]));
}

/** A cell's members for a document: who took it in, at the meeting or by reading. */
export async function cellMembers(q: Queryable, docId: string, orgId: string) {
  return q.query<{ person_id: string; full_name: string; at_meeting: boolean; read_at: Date | null; method: string | null }>(
    `SELECT p.id AS person_id, p.full_name,
            EXISTS (SELECT 1 FROM disseminations ds JOIN invitations i ON i.meeting_id = ds.meeting_id JOIN attendance a ON a.invitation_id = i.id
                     WHERE ds.document_id = $1 AND ds.org_id = c.id AND i.person_id = p.id AND a.status IN ('present', 'late', 'left_early')) AS at_meeting,
            r.read_at, r.method
       FROM orgs c JOIN (${MEMBERS.replace('ms.person_id FROM', 'ms.person_id, ms.org_id FROM').replace('ms.org_id = c.id AND ', '')}) x ON x.org_id = c.id
       JOIN people p ON p.id = x.person_id
       LEFT JOIN document_reads r ON r.document_id = $1 AND r.person_id = p.id
      WHERE c.id = $2 ORDER BY p.name_search`,
    [docId, orgId],
  );
}

/** Documents a member still has to take in: their cell is a target, and they were neither at its meeting nor have read it. */
export async function pendingFor(q: Queryable, personId: string) {
  return q.query<DocRow>(
    `${DOC} WHERE d.disseminate_by IS NOT NULL AND EXISTS (
        SELECT 1 FROM memberships ms JOIN orgs c ON c.id = ms.org_id
         WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official' AND c.path LIKE o.path || '%'
           AND (d.all_cells OR EXISTS (SELECT 1 FROM dissemination_targets x WHERE x.document_id = d.id AND x.org_id = c.id))
           AND NOT EXISTS (SELECT 1 FROM disseminations ds JOIN invitations i ON i.meeting_id = ds.meeting_id
                             JOIN attendance a ON a.invitation_id = i.id
                            WHERE ds.document_id = d.id AND ds.org_id = c.id AND i.person_id = $1 AND a.status IN ('present', 'late', 'left_early')))
        AND NOT EXISTS (SELECT 1 FROM document_reads r WHERE r.document_id = d.id AND r.person_id = $1)
      ORDER BY d.disseminate_by, d.issued_on LIMIT 200`,
    [personId],
  );
}

export async function orgPath(q: Queryable, id: string): Promise<string | undefined> {
  return (await q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [id]))?.path;
}

export type NewDocument = {
  orgId: string; number: string; docType: string; issuer: string; issuedOn: string; subject: string; search: string; fileName: string;
  fileType: 'pdf' | 'docx'; fileSize: number; fileSha256: string; fileData: Buffer; disseminateBy: string | null; createdBy: string | null;
  /** Kept when given (else drawn), and when it was added (else now). */
  id: string | null; createdAt: Date | null;
};

export async function insertDocument(q: Queryable, d: NewDocument): Promise<string> {
  return (await q.one<{ id: string }>(
    `INSERT INTO directive_documents (org_id, number, doc_type, issuer, issued_on, subject, search, file_name, file_type, file_size,
                                      file_sha256, file_data, disseminate_by, created_by, id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, coalesce($15::uuid, gen_random_uuid()), coalesce($16::timestamptz, now()))
     RETURNING id`,
    [d.orgId, d.number, d.docType, d.issuer, d.issuedOn, d.subject, d.search, d.fileName, d.fileType, d.fileSize, d.fileSha256, d.fileData,
      d.disseminateBy, d.createdBy, d.id, d.createdAt],
  ))!.id;
}

/** The cells chosen for a document (when it does not go to all cells). */
export async function targetsOf(q: Queryable, docId: string): Promise<string[]> {
  return (await q.query<{ org_id: string }>('SELECT org_id FROM dissemination_targets WHERE document_id = $1', [docId])).map((t) => t.org_id);
}

/** Of these ids, the cells inside a subtree. */
export async function cellsWithin(q: Queryable, ids: string[], path: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`SELECT id FROM orgs WHERE id = ANY ($1::uuid[]) AND kind = 'cell' AND path LIKE $2`, [ids, path + '%']))
    .map((r) => r.id);
}

/** Sets a document's deadline and its cells (all the unit's cells, or those listed). */
export async function setTargets(q: Queryable, docId: string, by: string | null, cellIds: string[] | null): Promise<void> {
  await q.query('UPDATE directive_documents SET disseminate_by = $2, all_cells = $3 WHERE id = $1', [docId, by, !cellIds]);
  await q.query('DELETE FROM dissemination_targets WHERE document_id = $1', [docId]);
  for (const c of cellIds ?? []) await q.query('INSERT INTO dissemination_targets (document_id, org_id) VALUES ($1, $2)', [docId, c]);
}

export async function meetingOf(q: Queryable, id: string): Promise<{ org_id: string; status: string; path: string } | undefined> {
  return q.one<{ org_id: string; status: string; path: string }>(
    'SELECT m.org_id, m.status, o.path FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1', [id],
  );
}

export async function isAgendaItemOf(q: Queryable, itemId: string, meetingId: string): Promise<boolean> {
  return !!(await q.one('SELECT 1 FROM agenda_items WHERE id = $1 AND meeting_id = $2', [itemId, meetingId]));
}

/** Records (or moves) the meeting at which a cell disseminated a document. */
export async function upsertDissemination(
  q: Queryable,
  d: { documentId: string; orgId: string; meetingId: string; agendaItemId: string | null; recordedBy: string | null; id: string | null; at: Date | null },
): Promise<void> {
  await q.query(
    `INSERT INTO disseminations (document_id, org_id, meeting_id, agenda_item_id, recorded_by, id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, coalesce($6::uuid, gen_random_uuid()), coalesce($7::timestamptz, now()))
     ON CONFLICT (document_id, org_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, agenda_item_id = EXCLUDED.agenda_item_id,
       recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
    [d.documentId, d.orgId, d.meetingId, d.agendaItemId, d.recordedBy, d.id, d.at],
  );
}

/** The cell a person belongs to now (open official membership). */
export async function currentCellOf(q: Queryable, personId: string): Promise<{ org_id: string; path: string } | undefined> {
  return q.one<{ org_id: string; path: string }>(
    `SELECT ms.org_id, o.path FROM memberships ms JOIN orgs o ON o.id = ms.org_id
      WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official'`, [personId],
  );
}

export async function insertRead(
  q: Queryable, docId: string, personId: string, method: 'self' | 'secretary', recordedBy: string | null, at: Date | null,
): Promise<void> {
  await q.query(
    `INSERT INTO document_reads (document_id, person_id, method, recorded_by, read_at) VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()))
     ON CONFLICT DO NOTHING`,
    [docId, personId, method, recordedBy, at],
  );
}
