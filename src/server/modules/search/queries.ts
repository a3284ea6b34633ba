// SQL of the one search box. Each query takes the folded text as a LIKE pattern ($1) and as itself ($2, for the
// trigram similarity that ranks), and the subtrees the caller may read (`scopes`: path prefixes; null for all).
import type { Queryable } from '../../db/index';

export type SearchRow = {
  kind: 'person' | 'unit' | 'meeting' | 'task' | 'document'; id: string; title: string; subtitle: string | null; date: string | null;
  score: number;
};

/** Runs a statement whose `${scope}` is `AND <column> LIKE ANY (scopes)`, or nothing when the caller may read everything. */
function scoped(q: Queryable, like: string, folded: string, scopes: string[] | null, column: string, build: (scope: string) => string) {
  const params: unknown[] = [like, folded];
  let scope = '';
  if (scopes !== null) {
    params.push(scopes.map((s) => s + '%'));
    scope = ` AND ${column} LIKE ANY ($${params.length}::text[])`;
  }
  return q.query<SearchRow>(build(scope), params);
}

/** Members (official membership) by name. */
export const people = (q: Queryable, like: string, folded: string, scopes: string[] | null) => scoped(q, like, folded, scopes, 'o.path', (scope) => `
    SELECT 'person' AS kind, p.id, p.full_name AS title, o.name AS subtitle, NULL::text AS date,
           similarity(p.name_search, $2) + 0.5 AS score
      FROM people p JOIN memberships m ON m.person_id = p.id AND m.ended_on IS NULL AND m.kind = 'official'
      JOIN orgs o ON o.id = m.org_id
     WHERE p.name_search LIKE $1${scope} ORDER BY score DESC LIMIT 15`);

/** Units by name. */
export const units = (q: Queryable, like: string, folded: string, scopes: string[] | null) => scoped(q, like, folded, scopes, 'o.path', (scope) => `
    SELECT 'unit' AS kind, o.id, o.name AS title, pa.name AS subtitle, NULL::text AS date, similarity(fold_vi(o.name), $2) + 0.5 AS score
      FROM orgs o LEFT JOIN orgs pa ON pa.id = o.parent_id
     WHERE fold_vi(o.name) LIKE $1${scope} ORDER BY score DESC LIMIT 10`);

/** Meetings: the topic, the agenda's minutes text and conclusions, and the resolution's parts. */
export const meetings = (q: Queryable, like: string, folded: string, scopes: string[] | null) => scoped(q, like, folded, scopes, 'o.path', (scope) => `
    SELECT 'meeting' AS kind, m.id, coalesce(m.topic, '') AS title, o.name AS subtitle, to_char(m.date, 'YYYY-MM-DD') AS date,
           CASE WHEN fold_vi(coalesce(m.topic, '')) LIKE $1 THEN 0.6 + similarity(fold_vi(coalesce(m.topic, '')), $2) ELSE 0.3 END AS score
      FROM meetings m JOIN orgs o ON o.id = m.org_id
     WHERE (fold_vi(coalesce(m.topic, '')) LIKE $1 OR fold_vi(m.resolution::text) LIKE $1
            OR EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id
                        AND fold_vi(a.title || ' ' || a.content || ' ' || coalesce(a.conclusion, '')) LIKE $1))${scope}
     ORDER BY score DESC, m.date DESC LIMIT 15`);

/** Tasks by title, in the subtrees of their owning unit. */
export const tasks = (q: Queryable, like: string, folded: string, scopes: string[] | null) => scoped(q, like, folded, scopes, 'o.path', (scope) => `
    SELECT 'task' AS kind, t.id, t.title, o.name AS subtitle, to_char(t.due_on, 'YYYY-MM-DD') AS date,
           similarity(fold_vi(t.title), $2) + 0.4 AS score
      FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
     WHERE fold_vi(t.title) LIKE $1${scope} ORDER BY score DESC LIMIT 10`);

/**
 * Documents of the library (resolutions, directives… of the upper levels and the commune): those of a unit above the
 * caller's units or inside them, as the directives module shows them; `search` holds number, issuer and subject folded.
 */
export function documents(q: Queryable, like: string, folded: string, scopes: string[] | null): Promise<SearchRow[]> {
  return q.query<SearchRow>(
    `SELECT 'document' AS kind, d.id, d.subject AS title, d.number || ' · ' || d.issuer AS subtitle, to_char(d.issued_on, 'YYYY-MM-DD') AS date,
            similarity(d.search, $2) + 0.45 AS score
       FROM directive_documents d JOIN orgs o ON o.id = d.org_id
      WHERE d.search LIKE $1
        AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($3::text[]) g WHERE g LIKE o.path || '%' OR o.path LIKE g || '%'))
      ORDER BY score DESC, d.issued_on DESC LIMIT 10`,
    [like, folded, scopes],
  );
}
