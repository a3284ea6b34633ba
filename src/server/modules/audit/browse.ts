import type { Queryable } from '../../db/index';
import { getOrg } from '../orgs/service';
import { selectEntries } from './queries';
import { presentEntry } from './presenters';
import type { AuditPage, AuditQuery } from './schemas';

/** One page of the audit log of a unit and the units under it; `nextBefore` opens the next page. */
export async function browseLog(q: Queryable, query: AuditQuery): Promise<AuditPage> {
  const org = await getOrg(q, query.orgId);
  const limit = query.limit ?? 50;
  // One row more than asked tells whether another page follows.
  const rows = await selectEntries(q, { orgPath: org.path, before: query.before ?? null, limit: limit + 1, actionPrefix: query.action });
  const items = rows.slice(0, limit).map(presentEntry);
  return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
}
