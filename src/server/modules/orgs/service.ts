import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/index';
import { can, scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';

export type OrgKind = 'committee' | 'sub_committee' | 'cell';
export type OrgRow = {
  id: string; parent_id: string | null; path: string; kind: OrgKind; name: string; place: string | null;
  status: 'active' | 'merged' | 'dissolved'; merged_into_id: string | null; ended_on: string | null;
  ended_reason: string | null; settings: Record<string, unknown>;
};

export function presentOrg(o: OrgRow, extra: { memberCount?: number; contextOnly?: boolean } = {}) {
  return {
    id: o.id,
    parentId: o.parent_id,
    kind: o.kind,
    name: o.name,
    place: o.place,
    status: o.status,
    mergedIntoId: o.merged_into_id,
    endedOn: o.ended_on,
    endedReason: o.ended_reason,
    memberCount: extra.memberCount ?? 0,
    contextOnly: extra.contextOnly ?? false,
  };
}

export async function getOrg(q: Queryable, id: string): Promise<OrgRow> {
  const o = await q.one<OrgRow>('SELECT * FROM orgs WHERE id = $1', [id]);
  if (!o) throw NotFound('org_not_found');
  return o;
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
  const counted = await q.query<{ path: string; n: number }>(
    `SELECT x.path, count(*) AS n FROM memberships m JOIN orgs x ON x.id = m.org_id
      WHERE m.ended_on IS NULL AND m.kind = 'official' AND x.path LIKE ANY ($1::text[]) GROUP BY x.path`,
    [[...new Set(prefixes)].map((p) => p + '%')],
  );
  for (const { path, n } of counted) {
    for (const id of path.split('/').filter(Boolean)) totals.set(id, (totals.get(id) ?? 0) + n);
  }
  return totals;
}

/** The units the caller may see, with their ancestors as context so the tree has its root. */
export async function listTree(db: Db, who: Principal, includeInactive: boolean) {
  const scopes = scopesFor(who, 'org.read');
  const status = includeInactive ? '' : `AND o.status = 'active'`;
  let rows: OrgRow[];
  if (scopes === null) {
    rows = await db.query(`SELECT o.* FROM orgs o WHERE true ${status} ORDER BY o.path`);
  } else if (scopes.length === 0) {
    return [];
  } else {
    rows = await db.query(`SELECT o.* FROM orgs o WHERE o.path LIKE ANY ($1::text[]) ${status} ORDER BY o.path`, [
      scopes.map((s) => s + '%'),
    ]);
  }
  const counts = await subtreeMemberCounts(db, rows);
  const seen = new Set(rows.map((r) => r.id));
  const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))].filter((id) => !seen.has(id));
  const ancestors = ancestorIds.length
    ? await db.query<OrgRow>('SELECT * FROM orgs WHERE id = ANY ($1::uuid[])', [ancestorIds])
    : [];
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
    db.query<OrgRow>('SELECT * FROM orgs WHERE id = ANY ($1::uuid[])', [ancestorIds]),
    db.query<OrgRow>(`SELECT o.* FROM orgs o WHERE parent_id = $1 ORDER BY status = 'active' DESC, name`, [id]),
    db.query<{ name: string; valid_from: string; valid_to: string | null }>(
      'SELECT name, valid_from, valid_to FROM org_names WHERE org_id = $1 ORDER BY valid_from',
      [id],
    ),
    db.query<{ id: string; person_id: string; full_name: string; title: string; term_label: string | null; started_on: string }>(
      `SELECT p.id, p.person_id, pe.full_name, p.title, p.term_label, p.started_on FROM positions p
         JOIN people pe ON pe.id = p.person_id WHERE p.org_id = $1 AND p.ended_on IS NULL ORDER BY p.title, pe.full_name`,
      [id],
    ),
    db.one<{ total: number; official: number; probationary: number; exempt: number }>(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE mb.standing = 'official') AS official,
              count(*) FILTER (WHERE mb.standing = 'probationary') AS probationary,
              count(*) FILTER (WHERE mb.state IN ('exempt', 'temp_exempt')) AS exempt
         FROM memberships m JOIN members mb ON mb.person_id = m.person_id JOIN orgs x ON x.id = m.org_id
        WHERE x.path LIKE $1 AND m.ended_on IS NULL AND m.kind = 'official'`,
      [o.path + '%'],
    ),
    db.query<{ person_id: string; full_name: string; started_on: string }>(
      `SELECT s.person_id, p.full_name, s.started_on FROM org_overseers s JOIN people p ON p.id = s.person_id
        WHERE s.org_id = $1 AND s.ended_on IS NULL`,
      [id],
    ),
  ]);
  const childCounts = await subtreeMemberCounts(db, children);
  const order = new Map(ancestorIds.map((x, i) => [x, i]));
  return {
    ...presentOrg(o, { memberCount: counts?.total ?? 0 }),
    ancestors: ancestors.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    children: children.map((c) => presentOrg(c, { memberCount: childCounts.get(c.id) ?? 0 })),
    nameHistory: names.map((n) => ({ name: n.name, validFrom: n.valid_from, validTo: n.valid_to })),
    officers: officers.map((p) => ({
      positionId: p.id, personId: p.person_id, fullName: p.full_name, title: p.title, termLabel: p.term_label, startedOn: p.started_on,
    })),
    overseers: overseers.map((s) => ({ personId: s.person_id, fullName: s.full_name, startedOn: s.started_on })),
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
): Promise<OrgRow> {
  const id = crypto.randomUUID();
  let path = `/${id}/`;
  if (input.parentId) {
    const parent = await getOrg(q, input.parentId);
    requireActive(parent);
    if (parent.kind === 'cell') throw Invalid('org_parent_not_cell');
    path = parent.path + id + '/';
  }
  const name = cleanName(input.name);
  const row = await q.one<OrgRow>(
    `INSERT INTO orgs (id, parent_id, path, kind, name, place, settings) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [id, input.parentId, path, input.kind, name, input.place ?? null, JSON.stringify(input.settings ?? {})],
  );
  await q.query('INSERT INTO org_names (org_id, name, valid_from) VALUES ($1, $2, $3)', [id, name, input.foundedOn]);
  return row!;
}

export async function createOrg(
  db: Db, who: Principal,
  input: { parentId: string; kind: OrgKind; name: string; place?: string | null; foundedOn: string },
) {
  return db.tx(async (q) => {
    const o = await insertOrg(q, input);
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
      await q.query(
        `UPDATE org_names SET valid_to = ($2::date - 1) WHERE org_id = $1 AND valid_to IS NULL`,
        [id, input.effectiveOn],
      );
      await q.query('INSERT INTO org_names (org_id, name, valid_from) VALUES ($1, $2, $3)', [id, name, input.effectiveOn]);
      await q.query('UPDATE orgs SET name = $2, updated_at = now() WHERE id = $1', [id, name]);
    }
    if (input.place !== undefined) await q.query('UPDATE orgs SET place = $2, updated_at = now() WHERE id = $1', [id, input.place]);
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
    await q.query(`UPDATE orgs SET path = $2 || substr(path, length($1) + 1), updated_at = now() WHERE path LIKE $1 || '%'`, [
      o.path,
      newPath,
    ]);
    await q.query('UPDATE orgs SET parent_id = $2 WHERE id = $1', [id, parentId]);
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
  await q.query(
    `UPDATE memberships SET ended_on = $3, end_reason = $4 WHERE person_id = $1 AND org_id = $2 AND ended_on IS NULL`,
    [personId, fromOrgId, on, reason],
  );
  await q.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'official', $3)`, [
    personId,
    toOrgId,
    on,
  ]);
  await q.query(
    `INSERT INTO member_events (person_id, kind, effective_on, reason, from_org_id, to_org_id, created_by)
     VALUES ($1, 'transferred', $2, $3, $4, $5, $6)`,
    [personId, on, reason, fromOrgId, toOrgId, who?.accountId ?? null],
  );
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
    const members = await q.query<{ person_id: string }>(
      `SELECT person_id FROM memberships WHERE org_id = $1 AND ended_on IS NULL AND kind = 'official'`,
      [id],
    );
    for (const m of members) await transferMembership(q, m.person_id, id, into.id, input.effectiveOn, reason, who);
    await q.query(`UPDATE memberships SET ended_on = $2, end_reason = $3 WHERE org_id = $1 AND ended_on IS NULL`, [
      id, input.effectiveOn, reason,
    ]);
    // Units under the merged one, its partner units and open positions move or close with it.
    const children = await q.query<{ id: string }>(`SELECT id FROM orgs WHERE parent_id = $1 AND status = 'active'`, [id]);
    for (const c of children) {
      const child = await getOrg(q, c.id);
      const newPath = into.path + c.id + '/';
      await q.query(`UPDATE orgs SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $1 || '%'`, [child.path, newPath]);
      await q.query('UPDATE orgs SET parent_id = $2 WHERE id = $1', [c.id, into.id]);
    }
    await q.query('UPDATE partner_units SET org_id = $2 WHERE org_id = $1 AND active', [id, into.id]);
    await q.query('UPDATE positions SET ended_on = $2 WHERE org_id = $1 AND ended_on IS NULL', [id, input.effectiveOn]);
    await q.query('UPDATE org_overseers SET ended_on = $2 WHERE org_id = $1 AND ended_on IS NULL', [id, input.effectiveOn]);
    await q.query('UPDATE org_names SET valid_to = $2 WHERE org_id = $1 AND valid_to IS NULL', [id, input.effectiveOn]);
    await q.query(
      `UPDATE orgs SET status = 'merged', merged_into_id = $2, ended_on = $3, ended_reason = $4, updated_at = now() WHERE id = $1`,
      [id, into.id, input.effectiveOn, reason],
    );
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
    const m = await q.one<{ n: number }>(
      `SELECT count(*) AS n FROM memberships WHERE org_id = $1 AND ended_on IS NULL AND kind = 'official'`,
      [id],
    );
    if (m!.n > 0) throw Conflict('org_has_members', { count: m!.n });
    const c = await q.one<{ n: number }>(`SELECT count(*) AS n FROM orgs WHERE parent_id = $1 AND status = 'active'`, [id]);
    if (c!.n > 0) throw Conflict('org_has_children', { count: c!.n });
    await q.query('UPDATE positions SET ended_on = $2 WHERE org_id = $1 AND ended_on IS NULL', [id, input.effectiveOn]);
    await q.query('UPDATE org_names SET valid_to = $2 WHERE org_id = $1 AND valid_to IS NULL', [id, input.effectiveOn]);
    await q.query('UPDATE partner_units SET active = false WHERE org_id = $1', [id]);
    await q.query(
      `UPDATE orgs SET status = 'dissolved', ended_on = $2, ended_reason = $3, updated_at = now() WHERE id = $1`,
      [id, input.effectiveOn, reason],
    );
    await audit(q, who, { action: 'org.dissolve', entity: 'org', entityId: id, orgPath: o.path, summary: o.name, before: presentOrg(o) });
    return presentOrg(await getOrg(q, id));
  });
}

/**
 * Assigns a committee member to be in charge of a cell (đảng ủy viên phụ trách chi bộ). When the person
 * has a login, they get the overseer grant on that cell, so they can read it and confirm its scores.
 */
export async function assignOverseer(db: Db, who: Principal, orgId: string, input: { personId: string; startedOn: string }) {
  await db.tx(async (q) => {
    const o = await getOrg(q, orgId);
    requireActive(o);
    const person = await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [input.personId]);
    if (!person) throw NotFound('person_not_found');
    const open = await q.one('SELECT 1 FROM org_overseers WHERE org_id = $1 AND person_id = $2 AND ended_on IS NULL', [orgId, input.personId]);
    if (!open) {
      await q.query('INSERT INTO org_overseers (org_id, person_id, started_on) VALUES ($1, $2, $3)', [orgId, input.personId, input.startedOn]);
    }
    const account = await q.one<{ id: string }>('SELECT id FROM accounts WHERE person_id = $1', [input.personId]);
    if (account) {
      await q.query(
        `INSERT INTO grants (account_id, role, org_id, created_by) SELECT $1, 'overseer', $2, $3
          WHERE NOT EXISTS (SELECT 1 FROM grants WHERE account_id = $1 AND role = 'overseer' AND org_id = $2)`,
        [account.id, orgId, who.accountId],
      );
    }
    await audit(q, who, {
      action: 'org.overseer_assign', entity: 'org', entityId: orgId, orgPath: o.path, summary: person.full_name,
      after: { personId: input.personId, startedOn: input.startedOn },
    });
  });
  return orgDetail(db, who, orgId);
}

export async function endOverseer(db: Db, who: Principal, orgId: string, personId: string, endedOn: string) {
  await db.tx(async (q) => {
    const o = await getOrg(q, orgId);
    const rows = await q.query(
      'UPDATE org_overseers SET ended_on = $3 WHERE org_id = $1 AND person_id = $2 AND ended_on IS NULL RETURNING id',
      [orgId, personId, endedOn],
    );
    if (!rows.length) throw NotFound();
    await q.query(
      `DELETE FROM grants WHERE role = 'overseer' AND org_id = $1 AND account_id IN (SELECT id FROM accounts WHERE person_id = $2)`,
      [orgId, personId],
    );
    await audit(q, who, { action: 'org.overseer_end', entity: 'org', entityId: orgId, orgPath: o.path, after: { personId, endedOn } });
  });
  return orgDetail(db, who, orgId);
}
