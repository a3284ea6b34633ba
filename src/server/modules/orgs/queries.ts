import type { Queryable } from '../../db/index';
import type { OrgKind } from './schemas';

/** The orgs module's SQL. Each function is one statement (or one read) with the row type it returns. */

export type OrgRow = {
  id: string; parent_id: string | null; path: string; kind: OrgKind; name: string; place: string | null;
  status: 'active' | 'merged' | 'dissolved'; merged_into_id: string | null; ended_on: string | null;
  ended_reason: string | null; settings: Record<string, unknown>;
};
export type OrgNameRow = { name: string; valid_from: string; valid_to: string | null };
export type OfficerRow = { id: string; person_id: string; full_name: string; title: string; term_label: string | null; started_on: string };
export type OrgCountsRow = { total: number; official: number; probationary: number; exempt: number };
export type OverseerRow = { person_id: string; full_name: string; started_on: string };

export const selectOrg = (q: Queryable, id: string) => q.one<OrgRow>('SELECT * FROM orgs WHERE id = $1', [id]);

/** How many units the database holds, whatever their status. */
export const countOrgs = async (q: Queryable) => (await q.one<{ n: number }>('SELECT count(*)::int AS n FROM orgs'))!.n;

export const selectOrgsById = (q: Queryable, ids: string[]) => q.query<OrgRow>('SELECT * FROM orgs WHERE id = ANY ($1::uuid[])', [ids]);

/** Every unit (null prefixes) or the units under the given path prefixes, by path; only active ones unless `includeInactive`. */
export function selectOrgsUnder(q: Queryable, prefixes: string[] | null, includeInactive: boolean) {
  const status = includeInactive ? '' : `AND o.status = 'active'`;
  return prefixes === null
    ? q.query<OrgRow>(`SELECT o.* FROM orgs o WHERE true ${status} ORDER BY o.path`)
    : q.query<OrgRow>(`SELECT o.* FROM orgs o WHERE o.path LIKE ANY ($1::text[]) ${status} ORDER BY o.path`, [prefixes.map((s) => s + '%')]);
}

/** Current official members grouped by the path of their unit, for the units under the given path prefixes. */
export const countMembersByPath = (q: Queryable, prefixes: string[]) =>
  q.query<{ path: string; n: number }>(
    `SELECT x.path, count(*) AS n FROM memberships m JOIN orgs x ON x.id = m.org_id
      WHERE m.ended_on IS NULL AND m.kind = 'official' AND x.path LIKE ANY ($1::text[]) GROUP BY x.path`,
    [prefixes.map((p) => p + '%')],
  );

/** A unit's direct children, active ones first. */
export const selectChildren = (q: Queryable, id: string) =>
  q.query<OrgRow>(`SELECT o.* FROM orgs o WHERE parent_id = $1 ORDER BY status = 'active' DESC, name`, [id]);

export const selectNameHistory = (q: Queryable, id: string) =>
  q.query<OrgNameRow>('SELECT name, valid_from, valid_to FROM org_names WHERE org_id = $1 ORDER BY valid_from', [id]);

export const selectOfficers = (q: Queryable, id: string) =>
  q.query<OfficerRow>(
    `SELECT p.id, p.person_id, pe.full_name, p.title, p.term_label, p.started_on FROM positions p
       JOIN people pe ON pe.id = p.person_id WHERE p.org_id = $1 AND p.ended_on IS NULL ORDER BY p.title, pe.full_name`,
    [id],
  );

/** Current official members of the subtree under `path`, by standing and state. */
export const countMembersUnder = (q: Queryable, path: string) =>
  q.one<OrgCountsRow>(
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE mb.standing = 'official') AS official,
            count(*) FILTER (WHERE mb.standing = 'probationary') AS probationary,
            count(*) FILTER (WHERE mb.state IN ('exempt', 'temp_exempt')) AS exempt
       FROM memberships m JOIN members mb ON mb.person_id = m.person_id JOIN orgs x ON x.id = m.org_id
      WHERE x.path LIKE $1 AND m.ended_on IS NULL AND m.kind = 'official'`,
    [path + '%'],
  );

export const selectCurrentOverseers = (q: Queryable, id: string) =>
  q.query<OverseerRow>(
    `SELECT s.person_id, p.full_name, s.started_on FROM org_overseers s JOIN people p ON p.id = s.person_id
      WHERE s.org_id = $1 AND s.ended_on IS NULL`,
    [id],
  );

export async function insertOrg(
  q: Queryable, o: { id: string; parentId: string | null; path: string; kind: OrgKind; name: string; place: string | null; settings: object },
): Promise<OrgRow> {
  const row = await q.one<OrgRow>(
    `INSERT INTO orgs (id, parent_id, path, kind, name, place, settings) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [o.id, o.parentId, o.path, o.kind, o.name, o.place, JSON.stringify(o.settings)],
  );
  return row!;
}

export async function insertName(q: Queryable, orgId: string, name: string, validFrom: string) {
  await q.query('INSERT INTO org_names (org_id, name, valid_from) VALUES ($1, $2, $3)', [orgId, name, validFrom]);
}

/** The current name stays valid up to the day before `newFrom`. */
export async function closeNameBefore(q: Queryable, orgId: string, newFrom: string) {
  await q.query(`UPDATE org_names SET valid_to = ($2::date - 1) WHERE org_id = $1 AND valid_to IS NULL`, [orgId, newFrom]);
}

/** The current name stays valid up to `on`. */
export async function closeName(q: Queryable, orgId: string, on: string) {
  await q.query('UPDATE org_names SET valid_to = $2 WHERE org_id = $1 AND valid_to IS NULL', [orgId, on]);
}

export async function updateName(q: Queryable, id: string, name: string) {
  await q.query('UPDATE orgs SET name = $2, updated_at = now() WHERE id = $1', [id, name]);
}

export async function updatePlace(q: Queryable, id: string, place: string | null) {
  await q.query('UPDATE orgs SET place = $2, updated_at = now() WHERE id = $1', [id, place]);
}

/** Moves a subtree: every path under `oldPath` starts with `newPath` instead (`touch`: sets updated_at too). */
export async function movePaths(q: Queryable, oldPath: string, newPath: string, touch: boolean) {
  await q.query(
    touch
      ? `UPDATE orgs SET path = $2 || substr(path, length($1) + 1), updated_at = now() WHERE path LIKE $1 || '%'`
      : `UPDATE orgs SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $1 || '%'`,
    [oldPath, newPath],
  );
}

export async function setParent(q: Queryable, id: string, parentId: string) {
  await q.query('UPDATE orgs SET parent_id = $2 WHERE id = $1', [id, parentId]);
}

/** Ends a member's open memberships in one unit (the reason written on them). */
export async function endMembershipsIn(q: Queryable, personId: string, orgId: string, on: string, reason: string) {
  await q.query(`UPDATE memberships SET ended_on = $3, end_reason = $4 WHERE person_id = $1 AND org_id = $2 AND ended_on IS NULL`, [
    personId, orgId, on, reason,
  ]);
}

export async function insertOfficialMembership(q: Queryable, personId: string, orgId: string, on: string) {
  await q.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'official', $3)`, [personId, orgId, on]);
}

export async function insertTransferEvent(
  q: Queryable, e: { personId: string; on: string; reason: string; fromOrgId: string; toOrgId: string; createdBy: string | null },
) {
  await q.query(
    `INSERT INTO member_events (person_id, kind, effective_on, reason, from_org_id, to_org_id, created_by)
     VALUES ($1, 'transferred', $2, $3, $4, $5, $6)`,
    [e.personId, e.on, e.reason, e.fromOrgId, e.toOrgId, e.createdBy],
  );
}

/** The people with an open official membership in the unit. */
export const selectOfficialMemberIds = async (q: Queryable, orgId: string) =>
  (await q.query<{ person_id: string }>(`SELECT person_id FROM memberships WHERE org_id = $1 AND ended_on IS NULL AND kind = 'official'`, [orgId]))
    .map((r) => r.person_id);

export const countOfficialMembers = async (q: Queryable, orgId: string) =>
  (await q.one<{ n: number }>(`SELECT count(*) AS n FROM memberships WHERE org_id = $1 AND ended_on IS NULL AND kind = 'official'`, [orgId]))!.n;

/** Ends every open membership in the unit (official or not). */
export async function endAllMemberships(q: Queryable, orgId: string, on: string, reason: string) {
  await q.query(`UPDATE memberships SET ended_on = $2, end_reason = $3 WHERE org_id = $1 AND ended_on IS NULL`, [orgId, on, reason]);
}

export const selectActiveChildIds = async (q: Queryable, id: string) =>
  (await q.query<{ id: string }>(`SELECT id FROM orgs WHERE parent_id = $1 AND status = 'active'`, [id])).map((r) => r.id);

export const countActiveChildren = async (q: Queryable, id: string) =>
  (await q.one<{ n: number }>(`SELECT count(*) AS n FROM orgs WHERE parent_id = $1 AND status = 'active'`, [id]))!.n;

export async function movePartnerUnits(q: Queryable, fromOrgId: string, toOrgId: string) {
  await q.query('UPDATE partner_units SET org_id = $2 WHERE org_id = $1 AND active', [fromOrgId, toOrgId]);
}

export async function deactivatePartnerUnits(q: Queryable, orgId: string) {
  await q.query('UPDATE partner_units SET active = false WHERE org_id = $1', [orgId]);
}

export async function endPositions(q: Queryable, orgId: string, on: string) {
  await q.query('UPDATE positions SET ended_on = $2 WHERE org_id = $1 AND ended_on IS NULL', [orgId, on]);
}

export async function endOverseers(q: Queryable, orgId: string, on: string) {
  await q.query('UPDATE org_overseers SET ended_on = $2 WHERE org_id = $1 AND ended_on IS NULL', [orgId, on]);
}

export async function markMerged(q: Queryable, id: string, intoId: string, on: string, reason: string) {
  await q.query(
    `UPDATE orgs SET status = 'merged', merged_into_id = $2, ended_on = $3, ended_reason = $4, updated_at = now() WHERE id = $1`,
    [id, intoId, on, reason],
  );
}

export async function markDissolved(q: Queryable, id: string, on: string, reason: string) {
  await q.query(`UPDATE orgs SET status = 'dissolved', ended_on = $2, ended_reason = $3, updated_at = now() WHERE id = $1`, [id, on, reason]);
}

export const selectPersonName = async (q: Queryable, personId: string) =>
  (await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]))?.full_name;

export const overseerIsOpen = async (q: Queryable, orgId: string, personId: string) =>
  !!(await q.one('SELECT 1 FROM org_overseers WHERE org_id = $1 AND person_id = $2 AND ended_on IS NULL', [orgId, personId]));

export async function insertOverseer(q: Queryable, orgId: string, personId: string, startedOn: string) {
  await q.query('INSERT INTO org_overseers (org_id, person_id, started_on) VALUES ($1, $2, $3)', [orgId, personId, startedOn]);
}

/** Ends the person's open charge of the unit; false when there was none. */
export async function endOverseer(q: Queryable, orgId: string, personId: string, endedOn: string): Promise<boolean> {
  const rows = await q.query('UPDATE org_overseers SET ended_on = $3 WHERE org_id = $1 AND person_id = $2 AND ended_on IS NULL RETURNING id', [
    orgId, personId, endedOn,
  ]);
  return rows.length > 0;
}

export const selectAccountIdOfPerson = async (q: Queryable, personId: string) =>
  (await q.one<{ id: string }>('SELECT id FROM accounts WHERE person_id = $1', [personId]))?.id;

/** The overseer grant on the unit, unless the account has it already. */
export async function grantOverseerOnce(q: Queryable, accountId: string, orgId: string, createdBy: string) {
  await q.query(
    `INSERT INTO grants (account_id, role, org_id, created_by) SELECT $1, 'overseer', $2, $3
      WHERE NOT EXISTS (SELECT 1 FROM grants WHERE account_id = $1 AND role = 'overseer' AND org_id = $2)`,
    [accountId, orgId, createdBy],
  );
}

export async function revokeOverseerGrants(q: Queryable, orgId: string, personId: string) {
  await q.query(`DELETE FROM grants WHERE role = 'overseer' AND org_id = $1 AND account_id IN (SELECT id FROM accounts WHERE person_id = $2)`, [
    orgId, personId,
  ]);
}
