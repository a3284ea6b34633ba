import type { Queryable } from '../../db/index';
import { isAdmin, type Principal } from '../../auth/policy';
import { getOrg } from '../orgs/service';
import { selectEntries } from './queries';
import { presentEntry } from './presenters';
import type { AuditPage, AuditQuery } from './schemas';

/**
 * One page of the audit log of a unit and the units under it; `nextBefore` opens the next page. An admin
 * browsing a top unit also reads the entries that belong to no unit (admin grants, failed logins of unknown
 * names), which no one else may read.
 */
export async function browseLog(q: Queryable, who: Principal, query: AuditQuery, lang: 'vi' | 'en'): Promise<AuditPage> {
  const org = await getOrg(q, query.orgId);
  const limit = query.limit ?? 50;
  const withoutPath = isAdmin(who) && org.parent_id === null;
  // One row more than asked tells whether another page follows.
  const rows = await selectEntries(q, {
    orgPath: org.path, before: query.before ?? null, limit: limit + 1, actionPrefix: query.action, withoutPath,
  });
  const items = rows.slice(0, limit).map((r) => presentEntry(r, lang));
  return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
}
