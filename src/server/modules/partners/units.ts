import crypto from 'node:crypto';
import type { Db, Made, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';
import { getOrg } from '../orgs/service';
import * as sql from './queries';
import { presentPartner } from './presenters';
import type { CreatePartnerBody, Partner, UpdatePartnerBody } from './schemas';

/** Listing, adding and editing a unit's partner units (mass organizations, police, militia…). */

export async function listPartners(q: Queryable, orgId: string): Promise<Partner[]> {
  const units = await sql.selectUnitsOfOrg(q, orgId);
  const contacts = await sql.selectCurrentContacts(q, units.map((u) => u.id));
  return units.map((u) => presentPartner(u, contacts));
}

/** One partner unit with its current contacts, or 404. */
export async function readPartner(q: Queryable, id: string): Promise<Partner> {
  const u = await sql.selectUnit(q, id);
  if (!u) throw NotFound('partner_not_found');
  return presentPartner(u, await sql.selectCurrentContacts(q, [u.id]));
}

export async function createPartner(db: Db, who: Principal, orgId: string, input: CreatePartnerBody, made: Made = {}) {
  return db.tx(async (q) => readPartner(q, await writePartner(q, who, orgId, input, made)));
}

/** createPartner's write, in the caller's transaction (a batch writes many without presenting each): returns the id. */
export async function writePartner(q: Queryable, who: Principal, orgId: string, input: CreatePartnerBody, made: Made = {}) {
  const org = await getOrg(q, orgId);
  if (org.status !== 'active') throw Conflict('org_inactive');
  const id = made.id ?? crypto.randomUUID();
  await sql.insertUnit(q, { id, orgId, kind: input.kind, name: cleanName(input.name) });
  await audit(q, who, { action: 'partner.create', entity: 'partner', entityId: id, orgPath: org.path, summary: input.name, after: input });
  return id;
}

export async function updatePartner(db: Db, who: Principal, id: string, input: UpdatePartnerBody) {
  return db.tx(async (q) => {
    const before = await readPartner(q, id);
    await sql.updateUnit(q, id, { name: input.name ? cleanName(input.name) : null, kind: input.kind ?? null, active: input.active ?? null });
    const after = await readPartner(q, id);
    const org = await getOrg(q, after.orgId);
    await audit(q, who, { action: 'partner.update', entity: 'partner', entityId: id, orgPath: org.path, summary: after.name, before, after });
    return after;
  });
}
