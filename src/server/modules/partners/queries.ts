import type { Queryable } from '../../db/index';
import type { PartnerKind } from '../../../domain/partners';

/** The partners module's SQL. Each function is one statement (or one read) with the row type it returns. */

export type PartnerUnitRow = { id: string; org_id: string; kind: PartnerKind; name: string; active: boolean };
export type PartnerContactRow = {
  id: string; partner_unit_id: string; person_id: string; full_name: string; phone: string | null; title: string; started_on: string;
};

export const selectUnitsOfOrg = (q: Queryable, orgId: string) =>
  q.query<PartnerUnitRow>('SELECT id, org_id, kind, name, active FROM partner_units WHERE org_id = $1 ORDER BY active DESC, kind, name', [orgId]);

export const selectUnit = (q: Queryable, id: string) =>
  q.one<PartnerUnitRow>('SELECT id, org_id, kind, name, active FROM partner_units WHERE id = $1', [id]);

/** The current (not ended) contacts of the given units. */
export const selectCurrentContacts = (q: Queryable, unitIds: string[]) =>
  unitIds.length
    ? q.query<PartnerContactRow>(
        `SELECT c.id, c.partner_unit_id, c.person_id, p.full_name, p.phone, c.title, c.started_on FROM partner_contacts c
           JOIN people p ON p.id = c.person_id WHERE c.partner_unit_id = ANY ($1::uuid[]) AND c.ended_on IS NULL ORDER BY p.full_name`,
        [unitIds],
      )
    : Promise.resolve([]);

export async function insertUnit(q: Queryable, u: { id: string; orgId: string; kind: PartnerKind; name: string }) {
  await q.query('INSERT INTO partner_units (id, org_id, kind, name) VALUES ($1, $2, $3, $4)', [u.id, u.orgId, u.kind, u.name]);
}

/** Sets the given fields; a null leaves a field as it was. */
export async function updateUnit(q: Queryable, id: string, set: { name: string | null; kind: PartnerKind | null; active: boolean | null }) {
  await q.query(
    `UPDATE partner_units SET name = coalesce($2, name), kind = coalesce($3, kind), active = coalesce($4, active) WHERE id = $1`,
    [id, set.name, set.kind, set.active],
  );
}

export async function insertContactPerson(
  q: Queryable, p: { id: string; fullName: string; nameSearch: string; phone: string | null; gender: 'male' | 'female' | null },
) {
  await q.query('INSERT INTO people (id, full_name, name_search, phone, gender) VALUES ($1, $2, $3, $4, $5)', [
    p.id, p.fullName, p.nameSearch, p.phone, p.gender,
  ]);
}

/** A person's name if they are a current member (open official membership) of a unit in the subtree at orgPath. */
export const selectMemberNameUnder = async (q: Queryable, personId: string, orgPath: string) =>
  (await q.one<{ full_name: string }>(
    `SELECT p.full_name FROM people p JOIN memberships ms ON ms.person_id = p.id AND ms.kind = 'official' AND ms.ended_on IS NULL
       JOIN orgs o ON o.id = ms.org_id
      WHERE p.id = $1 AND o.path LIKE $2`,
    [personId, orgPath + '%'],
  ))?.full_name;

export async function insertContact(q: Queryable, c: { unitId: string; personId: string; title: string; startedOn: string }) {
  await q.query('INSERT INTO partner_contacts (partner_unit_id, person_id, title, started_on) VALUES ($1, $2, $3, $4)', [
    c.unitId, c.personId, c.title, c.startedOn,
  ]);
}

/** Ends a current contact of the unit; false when there was none to end. */
export async function endContact(q: Queryable, unitId: string, contactId: string, endedOn: string): Promise<boolean> {
  const rows = await q.query(
    'UPDATE partner_contacts SET ended_on = $3 WHERE id = $2 AND partner_unit_id = $1 AND ended_on IS NULL RETURNING id',
    [unitId, contactId, endedOn],
  );
  return rows.length > 0;
}
