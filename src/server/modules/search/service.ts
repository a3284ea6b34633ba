// One search box: people, units, meetings (topic, minutes text, resolution), documents of the library, tasks — without diacritics, ranked,
// and only what the caller may read (each kind filtered by the subtrees of the action that reads it).
import type { Db } from '../../db/index';
import { scopesFor, type Principal } from '../../auth/policy';
import { foldVietnamese } from '../../../domain/text';
import * as sql from './queries';
import { presentHit } from './presenters';
import type { SearchResult } from './schemas';

export async function search(db: Db, who: Principal, text: string, limit = 40): Promise<SearchResult> {
  const q = foldVietnamese(text);
  if (q.length < 2) return { items: [] };
  const like = '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  const out: sql.SearchRow[] = [];
  // scopesFor: null for an admin (everything), [] when the caller may read nothing of that kind.
  const orgScopes = scopesFor(who, 'org.read');
  const meetingScopes = scopesFor(who, 'meeting.read');
  if (orgScopes === null || orgScopes.length) {
    out.push(...(await sql.people(db, like, q, orgScopes)));
    out.push(...(await sql.units(db, like, q, orgScopes)));
  }
  if (meetingScopes === null || meetingScopes.length) {
    out.push(...(await sql.meetings(db, like, q, meetingScopes)));
    out.push(...(await sql.tasks(db, like, q, meetingScopes)));
    out.push(...(await sql.documents(db, like, q, meetingScopes)));
  }
  out.sort((a, b) => b.score - a.score);
  return { items: out.slice(0, limit).map(presentHit) };
}
