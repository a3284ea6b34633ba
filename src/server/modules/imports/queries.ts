import type { Queryable } from '../../db/index';

/** The imports module's SQL: card numbers and citizen ids already taken, and the members of a subtree to export. */

/** Card numbers (spaces removed, upper case) already held by a member, among the given ones. */
export async function selectTakenCards(q: Queryable, cards: string[]): Promise<Set<string>> {
  if (!cards.length) return new Set();
  const found = await q.query<{ k: string }>(
    `SELECT upper(regexp_replace(card_no, '\\s', '', 'g')) AS k FROM members
      WHERE upper(regexp_replace(card_no, '\\s', '', 'g')) = ANY ($1::text[])`,
    [cards],
  );
  return new Set(found.map((r) => r.k));
}

/** Citizen ids already held by a member, among the given ones, with that member's name. */
export async function selectMemberCitizenIds(q: Queryable, citizenIds: string[]): Promise<Map<string, string>> {
  if (!citizenIds.length) return new Map();
  const found = await q.query<{ citizen_id: string; full_name: string }>(
    `SELECT p.citizen_id, p.full_name FROM people p JOIN members mb ON mb.person_id = p.id WHERE p.citizen_id = ANY ($1::text[])`,
    [citizenIds],
  );
  return new Map(found.map((r) => [r.citizen_id, r.full_name]));
}

export type ExportRow = {
  full_name: string; birth_date: string | null; gender: string | null; ethnicity: string | null; religion: string | null;
  phone: string | null; citizen_id: string | null; address: string | null; education: string | null; card_no: string | null;
  admission_date: string | null; official_date: string | null; standing: string; state: string; theory_level: string | null;
  dues_category: string | null; org_name: string; ended_on: string | null; positions: string[] | null;
};

/** One row a person of the subtree under `path`: their current official membership there, or the last one. */
export function selectExportRows(q: Queryable, path: string, includeFormer: boolean) {
  const current = includeFormer ? '' : ` AND m.ended_on IS NULL AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`;
  return q.query<ExportRow>(
    `SELECT * FROM (
       SELECT DISTINCT ON (p.id) p.full_name, p.name_search, p.birth_date, p.gender, p.ethnicity, p.religion, p.phone,
              p.citizen_id, p.address, p.education, mb.card_no, mb.admission_date, mb.official_date, mb.standing, mb.state,
              mb.theory_level, mb.dues_category, o.name AS org_name, m.ended_on,
              (SELECT coalesce(array_agg(ps.title ORDER BY ps.title), '{}') FROM positions ps
                WHERE ps.person_id = p.id AND ps.ended_on IS NULL) AS positions
         FROM memberships m
         JOIN people p ON p.id = m.person_id
         JOIN members mb ON mb.person_id = p.id
         JOIN orgs o ON o.id = m.org_id
        WHERE o.path LIKE $1 AND m.kind = 'official'${current}
        ORDER BY p.id, m.ended_on IS NULL DESC, m.started_on DESC
     ) x ORDER BY x.org_name, x.name_search`,
    [path + '%'],
  );
}
