// The notifications module's SQL of the day's reminders: what falls due, in every root unit.
import type { Queryable } from '../../db/index';

export type RootRow = { id: string; path: string };

/** The active root units (each commune, or the province): the day's reminders run once per root. */
export async function roots(q: Queryable): Promise<RootRow[]> {
  return q.query<RootRow>(`SELECT id, path FROM orgs WHERE parent_id IS NULL AND status = 'active'`);
}

export type DueTaskRow = { id: string; title: string; due_on: string; owner_kind: string; owner_org_id: string; owner_person_id: string | null };

/** Open tasks due between two days (inclusive). */
export async function tasksDueBetween(q: Queryable, from: string, to: string): Promise<DueTaskRow[]> {
  return q.query<DueTaskRow>(
    `SELECT id, title, due_on, owner_kind, owner_org_id, owner_person_id FROM tasks
      WHERE status IN ('open', 'in_progress') AND due_on IS NOT NULL AND due_on <= $1::date AND due_on >= $2::date`,
    [to, from],
  );
}

export type DueDisseminationRow = { id: string; number: string; by: string; cell_id: string; cell: string };

/** The cells that have not yet disseminated a document whose deadline lies between two days (inclusive). */
export async function disseminationsDueBetween(q: Queryable, from: string, to: string): Promise<DueDisseminationRow[]> {
  return q.query<DueDisseminationRow>(
    `SELECT d.id, d.number, d.disseminate_by AS by, c.id AS cell_id, c.name AS cell
       FROM directive_documents d JOIN orgs o ON o.id = d.org_id
       JOIN orgs c ON c.kind = 'cell' AND c.status = 'active' AND c.path LIKE o.path || '%'
      WHERE d.disseminate_by IS NOT NULL AND d.disseminate_by <= $1::date AND d.disseminate_by >= $2::date
        AND (d.all_cells OR EXISTS (SELECT 1 FROM dissemination_targets x WHERE x.document_id = d.id AND x.org_id = c.id))
        AND NOT EXISTS (SELECT 1 FROM disseminations s WHERE s.document_id = d.id AND s.org_id = c.id)`,
    [to, from],
  );
}
