import crypto from 'node:crypto';
import type { Db, Made, Queryable } from '../../db/index';
import { can, scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';
import * as sql from './queries';
import type { OrgRow } from './queries';
import { presentNames, presentOfficers, presentOrg, presentOverseers } from './presenters';
import type { OrgKind } from './schemas';

export type { OrgRow } from './queries';

export async function getOrg(q: Queryable, id: string): Promise<OrgRow> {
  const o = await sql.selectOrg(q, id);
  if (!o) throw NotFound('org_not_found');
  return o;
}

/** How many units the database holds (0: an empty database, the only one the demo loads into). */
export async function countOrgs(q: Queryable): Promise<number> {
  return sql.countOrgs(q);
}

/**
 * Current members of each unit and every unit under it (a committee shows the total of its cells).
 * One grouped count per unit that has members, added up along each unit's path: linear in the number
 * of units, where a per-unit subquery over the subtree was quadratic (bench: 2 s for 3,000 units).
 */
export async function subtreeMemberCounts(q: Queryable, orgs: { path: string }[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  if (!orgs.length) return totals;
  const prefixes = orgs.map((o) => o.path).filter((p, _, all) => !all.some((x) => x !== p && p.startsWith(x)));
  const counted = await sql.countMembersByPath(q, [...new Set(prefixes)]);
  for (const { path, n } of counted) {
    for (const id of path.split('/').filter(Boolean)) totals.set(id, (totals.get(id) ?? 0) + n);
  }
  return totals;
}

/** The units the caller may see, with their ancestors as context so the tree has its root. */
export async function listTree(db: Db, who: Principal, includeInactive: boolean) {
  const scopes = scopesFor(who, 'org.read');
  if (scopes !== null && scopes.length === 0) return [];
  const rows = await sql.selectOrgsUnder(db, scopes, includeInactive);
  const counts = await subtreeMemberCounts(db, rows);
  const seen = new Set(rows.map((r) => r.id));
  const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))].filter((id) => !seen.has(id));
  const ancestors = ancestorIds.length ? await sql.selectOrgsById(db, ancestorIds) : [];
  const byName = (a: { name: string; kind: string }, b: { name: string; kind: string }) =>
    a.kind === b.kind ? a.name.localeCompare(b.name, 'vi') : a.kind === 'cell' ? 1 : -1;
  return [
    ...ancestors.map((o) => presentOrg(o, { contextOnly: true })),
    ...rows.map((o) => presentOrg(o, { memberCount: counts.get(o.id) ?? 0 })),
  ].sort(byName);
}

export async function orgDetail(db: Db, who: Principal, id: string) {
  const o = await getOrg(db, id);
  const ancestorIds = o.path.split('/').filter((x) => x && x !== id);
  const [ancestors, children, names, officers, counts, overseers] = await Promise.all([
    sql.selectOrgsById(db, ancestorIds),
    sql.selectChildren(db, id),
    sql.selectNameHistory(db, id),
    sql.selectOfficers(db, id),
    sql.countMembersUnder(db, o.path),
    sql.selectCurrentOverseers(db, id),
  ]);
  const childCounts = await subtreeMemberCounts(db, children);
  const order = new Map(ancestorIds.map((x, i) => [x, i]));
  return {
    ...presentOrg(o, { memberCount: counts?.total ?? 0 }),
    ancestors: ancestors.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    children: children.map((c) => presentOrg(c, { memberCount: childCounts.get(c.id) ?? 0 })),
    nameHistory: presentNames(names),
    officers: presentOfficers(officers),
    overseers: presentOverseers(overseers),
    counts: counts ?? { total: 0, official: 0, probationary: 0, exempt: 0 },
    can: {
      manage: can(who, 'org.manage', { orgPath: o.path }),
      manageMembers: can(who, 'member.manage', { orgPath: o.path }),
      managePartners: can(who, 'partner.manage', { orgPath: o.path }),
      manageMeetings: can(who, 'meeting.manage', { orgPath: o.path }),
      readMembers: can(who, 'member.read', { orgPath: o.path }),
      manageAccounts: can(who, 'account.manage', { orgPath: o.path }),
      readAudit: can(who, 'audit.read', { orgPath: o.path }),
    },
  };
}

function requireActive(o: OrgRow) {
  if (o.status !== 'active') throw Conflict('org_inactive');
}

export async function insertOrg(
  q: Queryable,
  input: { parentId: string | null; kind: OrgKind; name: string; place?: string | null; foundedOn: string; settings?: object },
  made: Made = {},
): Promise<OrgRow> {
  const id = made.id ?? crypto.randomUUID();
  let path = `/${id}/`;
  if (input.parentId) {
    const parent = await getOrg(q, input.parentId);
    requireActive(parent);
    if (parent.kind === 'cell') throw Invalid('org_parent_not_cell');
    path = parent.path + id + '/';
  }
  const name = cleanName(input.name);
  const row = await sql.insertOrg(q, { id, parentId: input.parentId, path, kind: input.kind, name, place: input.place ?? null, settings: input.settings ?? {} });
  await sql.insertName(q, id, name, input.foundedOn);
  return row;
}

export async function createOrg(
  db: Db, who: Principal,
  input: { parentId: string; kind: OrgKind; name: string; place?: string | null; foundedOn: string },
  made: Made = {},
) {
  return db.tx(async (q) => {
    const o = await insertOrg(q, input, made);
    await audit(q, who, { action: 'org.create', entity: 'org', entityId: o.id, orgPath: o.path, summary: o.name, after: presentOrg(o) });
    return presentOrg(o);
  });
}

export async function updateOrg(
  db: Db, who: Principal, id: string,
  input: { name?: string; effectiveOn: string; place?: string | null },
) {
  return db.tx(async (q) => {
    const before = await getOrg(q, id);
    requireActive(before);
    if (input.name !== undefined && cleanName(input.name) !== before.name) {
      const name = cleanName(input.name);
      // The old name stays valid up to the day before the new one takes effect.
      await sql.closeNameBefore(q, id, input.effectiveOn);
      await sql.insertName(q, id, name, input.effectiveOn);
      await sql.updateName(q, id, name);
    }
    if (input.place !== undefined) await sql.updatePlace(q, id, input.place);
    const after = await getOrg(q, id);
    await audit(q, who, {
      action: 'org.update', entity: 'org', entityId: id, orgPath: after.path, summary: after.name,
      before: presentOrg(before), after: presentOrg(after),
    });
    return presentOrg(after);
  });
}

export async function moveOrg(db: Db, who: Principal, id: string, parentId: string) {
  return db.tx(async (q) => {
    const o = await getOrg(q, id);
    const parent = await getOrg(q, parentId);
    requireActive(o);
    requireActive(parent);
    if (!can(who, 'org.manage', { orgPath: parent.path })) throw Forbidden();
    if (parent.path.startsWith(o.path)) throw Invalid('org_move_into_self');
    if (parent.kind === 'cell') throw Invalid('org_parent_not_cell');
    const newPath = parent.path + id + '/';
    await sql.movePaths(q, o.path, newPath, true);
    await sql.setParent(q, id, parentId);
    await audit(q, who, {
      action: 'org.move', entity: 'org', entityId: id, orgPath: newPath, summary: `${o.name} → ${parent.name}`,
      before: { parentId: o.parent_id }, after: { parentId },
    });
    return presentOrg(await getOrg(q, id));
  });
}

/** Closes a member's open memberships in one unit and opens one in another, recording the transfer. */
export async function transferMembership(
  q: Queryable, personId: string, fromOrgId: string, toOrgId: string, on: string, reason: string, who: Principal | null,
) {
  await sql.endMembershipsIn(q, personId, fromOrgId, on, reason);
  await sql.insertOfficialMembership(q, personId, toOrgId, on);
  await sql.insertTransferEvent(q, { personId, on, reason, fromOrgId, toOrgId, createdBy: who?.accountId ?? null });
}

export async function mergeOrg(db: Db, who: Principal, id: string, input: { intoId: string; effectiveOn: string; reason: string }) {
  return db.tx(async (q) => {
    const o = await getOrg(q, id);
    const into = await getOrg(q, input.intoId);
    requireActive(o);
    requireActive(into);
    if (o.id === into.id) throw Invalid('org_merge_same');
    if (o.kind !== into.kind) throw Invalid('org_merge_kind');
    if (into.path.startsWith(o.path)) throw Invalid('org_move_into_self');
    if (!can(who, 'org.manage', { orgPath: into.path })) throw Forbidden();
    const reason = input.reason.trim();
    if (!reason) throw Invalid('reason_required');
    const members = await sql.selectOfficialMemberIds(q, id);
    for (const personId of members) await transferMembership(q, personId, id, into.id, input.effectiveOn, reason, who);
    await sql.endAllMemberships(q, id, input.effectiveOn, reason);
    // Units under the merged one, its partner units and open positions move or close with it.
    for (const childId of await sql.selectActiveChildIds(q, id)) {
      const child = await getOrg(q, childId);
      await sql.movePaths(q, child.path, into.path + childId + '/', false);
      await sql.setParent(q, childId, into.id);
    }
    await sql.movePartnerUnits(q, id, into.id);
    await sql.endPositions(q, id, input.effectiveOn);
    await sql.endOverseers(q, id, input.effectiveOn);
    await sql.closeName(q, id, input.effectiveOn);
    await sql.markMerged(q, id, into.id, input.effectiveOn, reason);
    await audit(q, who, {
      action: 'org.merge', entity: 'org', entityId: id, orgPath: o.path, summary: `${o.name} → ${into.name}`,
      before: presentOrg(o), after: { mergedIntoId: into.id, movedMembers: members.length },
    });
    return { movedMembers: members.length, org: presentOrg(await getOrg(q, id)) };
  });
}

export async function dissolveOrg(db: Db, who: Principal, id: string, input: { effectiveOn: string; reason: string }) {
  return db.tx(async (q) => {
    const o = await getOrg(q, id);
    requireActive(o);
    const reason = input.reason.trim();
    if (!reason) throw Invalid('reason_required');
    const memberCount = await sql.countOfficialMembers(q, id);
    if (memberCount > 0) throw Conflict('org_has_members', { count: memberCount });
    const childCount = await sql.countActiveChildren(q, id);
    if (childCount > 0) throw Conflict('org_has_children', { count: childCount });
    await sql.endPositions(q, id, input.effectiveOn);
    await sql.closeName(q, id, input.effectiveOn);
    await sql.deactivatePartnerUnits(q, id);
    await sql.markDissolved(q, id, input.effectiveOn, reason);
    await audit(q, who, { action: 'org.dissolve', entity: 'org', entityId: id, orgPath: o.path, summary: o.name, before: presentOrg(o) });
    return presentOrg(await getOrg(q, id));
  });
}

/**
 * Assigns a committee member to be in charge of a cell (đảng ủy viên phụ trách chi bộ). When the person
 * has a login, they get the overseer grant on that cell, so they can read it and confirm its scores.
 */
export async function assignOverseer(db: Db, who: Principal, orgId: string, input: { personId: string; startedOn: string }) {
  await db.tx((q) => writeOverseer(q, who, orgId, input));
  return orgDetail(db, who, orgId);
}

/** assignOverseer's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writeOverseer(q: Queryable, who: Principal, orgId: string, input: { personId: string; startedOn: string }) {
  const o = await getOrg(q, orgId);
  requireActive(o);
  const fullName = await sql.selectPersonName(q, input.personId);
  if (fullName === undefined) throw NotFound('person_not_found');
  if (!(await sql.overseerIsOpen(q, orgId, input.personId))) await sql.insertOverseer(q, orgId, input.personId, input.startedOn);
  const accountId = await sql.selectAccountIdOfPerson(q, input.personId);
  if (accountId) await sql.grantOverseerOnce(q, accountId, orgId, who.accountId);
  await audit(q, who, {
    action: 'org.overseer_assign', entity: 'org', entityId: orgId, orgPath: o.path, summary: fullName,
    after: { personId: input.personId, startedOn: input.startedOn },
  });
}

export async function endOverseer(db: Db, who: Principal, orgId: string, personId: string, endedOn: string) {
  await db.tx(async (q) => {
    const o = await getOrg(q, orgId);
    if (!(await sql.endOverseer(q, orgId, personId, endedOn))) throw NotFound();
    await sql.revokeOverseerGrants(q, orgId, personId);
    await audit(q, who, { action: 'org.overseer_end', entity: 'org', entityId: orgId, orgPath: o.path, after: { personId, endedOn } });
  });
  return orgDetail(db, who, orgId);
}
