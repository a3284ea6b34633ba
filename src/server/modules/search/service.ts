// One search box: people, units, meetings (topic, minutes text, resolution), documents of the library, tasks — without diacritics, ranked,
// and only what the caller may read (each kind filtered by the subtrees of the action that reads it).
import type { Db } from '../../db/index';
import { scopesFor, type Action, type Principal } from '../../auth/policy';
import { foldVietnamese } from '../../../domain/text';

export type SearchItem = { kind: 'person' | 'unit' | 'meeting' | 'task' | 'document'; id: string; title: string; subtitle: string | null; date: string | null; score: number };

/** `path LIKE ANY (scopes)` for an action, or nothing for an admin; null when the caller may read nothing. */
function scopeOf(who: Principal, action: Action, column: string, params: unknown[]): string | null {
  const scopes = scopesFor(who, action);
  if (scopes === null) return '';
  if (!scopes.length) return null;
  params.push(scopes.map((s) => s + '%'));
  return ` AND ${column} LIKE ANY ($${params.length}::text[])`;
}

export async function search(db: Db, who: Principal, text: string, limit = 40): Promise<{ items: SearchItem[] }> {
  const q = foldVietnamese(text);
  if (q.length < 2) return { items: [] };
  const like = '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  const out: SearchItem[] = [];
  const run = async (action: Action, column: string, build: (scope: string, p: unknown[]) => string) => {
    const params: unknown[] = [like, q];
    const scope = scopeOf(who, action, column, params);
    if (scope === null) return;
    out.push(...(await db.query<SearchItem>(build(scope, params), params)));
  };
  await run('org.read', 'o.path', (scope) => `
    SELECT 'person' AS kind, p.id, p.full_name AS title, o.name AS subtitle, NULL::text AS date,
           similarity(p.name_search, $2) + 0.5 AS score
      FROM people p JOIN memberships m ON m.person_id = p.id AND m.ended_on IS NULL AND m.kind = 'official'
      JOIN orgs o ON o.id = m.org_id
     WHERE p.name_search LIKE $1${scope} ORDER BY score DESC LIMIT 15`);
  await run('org.read', 'o.path', (scope) => `
    SELECT 'unit' AS kind, o.id, o.name AS title, pa.name AS subtitle, NULL::text AS date, similarity(fold_vi(o.name), $2) + 0.5 AS score
      FROM orgs o LEFT JOIN orgs pa ON pa.id = o.parent_id
     WHERE fold_vi(o.name) LIKE $1${scope} ORDER BY score DESC LIMIT 10`);
  // Meetings: the topic, the agenda's minutes text and conclusions, and the resolution's parts.
  await run('meeting.read', 'o.path', (scope) => `
    SELECT 'meeting' AS kind, m.id, coalesce(m.topic, '') AS title, o.name AS subtitle, to_char(m.date, 'YYYY-MM-DD') AS date,
           CASE WHEN fold_vi(coalesce(m.topic, '')) LIKE $1 THEN 0.6 + similarity(fold_vi(coalesce(m.topic, '')), $2) ELSE 0.3 END AS score
      FROM meetings m JOIN orgs o ON o.id = m.org_id
     WHERE (fold_vi(coalesce(m.topic, '')) LIKE $1 OR fold_vi(m.resolution::text) LIKE $1
            OR EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id
                        AND fold_vi(a.title || ' ' || a.content || ' ' || coalesce(a.conclusion, '')) LIKE $1))${scope}
     ORDER BY score DESC, m.date DESC LIMIT 15`);
  await run('meeting.read', 'o.path', (scope) => `
    SELECT 'task' AS kind, t.id, t.title, o.name AS subtitle, to_char(t.due_on, 'YYYY-MM-DD') AS date,
           similarity(fold_vi(t.title), $2) + 0.4 AS score
      FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
     WHERE fold_vi(t.title) LIKE $1${scope} ORDER BY score DESC LIMIT 10`);
  // Documents of the library (resolutions, directives… of the upper levels and the commune): those of a unit above the
  // caller's units or inside them, as the directives module shows them; `search` holds number, issuer and subject folded.
  const docScopes = scopesFor(who, 'meeting.read');
  if (docScopes === null || docScopes.length) {
    out.push(...(await db.query<SearchItem>(
      `SELECT 'document' AS kind, d.id, d.subject AS title, d.number || ' · ' || d.issuer AS subtitle, to_char(d.issued_on, 'YYYY-MM-DD') AS date,
              similarity(d.search, $2) + 0.45 AS score
         FROM directive_documents d JOIN orgs o ON o.id = d.org_id
        WHERE d.search LIKE $1
          AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($3::text[]) g WHERE g LIKE o.path || '%' OR o.path LIKE g || '%'))
        ORDER BY score DESC, d.issued_on DESC LIMIT 10`,
      [like, q, docScopes],
    )));
  }
  out.sort((a, b) => b.score - a.score);
  return { items: out.slice(0, limit).map((i) => ({ ...i, score: Math.round(Number(i.score) * 1000) / 1000 })) };
}
