import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { getOrg } from '../orgs/service';

export const PARTNER_KINDS = ['women', 'farmers', 'youth', 'veterans', 'front', 'police', 'militia', 'village_head', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

async function loadUnits(q: Queryable, where: string, params: unknown[]) {
  const units = await q.query<{ id: string; org_id: string; kind: PartnerKind; name: string; active: boolean }>(
    `SELECT id, org_id, kind, name, active FROM partner_units WHERE ${where} ORDER BY active DESC, kind, name`,
    params,
  );
  const contacts = units.length
    ? await q.query<{ id: string; partner_unit_id: string; person_id: string; full_name: string; phone: string | null; title: string;
        started_on: string }>(
        `SELECT c.id, c.partner_unit_id, c.person_id, p.full_name, p.phone, c.title, c.started_on FROM partner_contacts c
           JOIN people p ON p.id = c.person_id WHERE c.partner_unit_id = ANY ($1::uuid[]) AND c.ended_on IS NULL ORDER BY p.full_name`,
        [units.map((u) => u.id)],
      )
    : [];
  return units.map((u) => ({
    id: u.id, orgId: u.org_id, kind: u.kind, name: u.name, active: u.active,
    contacts: contacts.filter((c) => c.partner_unit_id === u.id).map((c) => ({
      contactId: c.id, personId: c.person_id, fullName: c.full_name, phone: c.phone, title: c.title, startedOn: c.started_on,
    })),
  }));
}

export const listPartners = (db: Db, orgId: string) => loadUnits(db, 'org_id = $1', [orgId]);

async function one(q: Queryable, id: string) {
  const [u] = await loadUnits(q, 'id = $1', [id]);
  if (!u) throw NotFound('partner_not_found');
  return u;
}

export async function createPartner(db: Db, who: Principal, orgId: string, input: { kind: PartnerKind; name: string }) {
  return db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    if (org.status !== 'active') throw Conflict('org_inactive');
    const id = crypto.randomUUID();
    await q.query('INSERT INTO partner_units (id, org_id, kind, name) VALUES ($1, $2, $3, $4)', [id, orgId, input.kind, cleanName(input.name)]);
    await audit(q, who, { action: 'partner.create', entity: 'partner', entityId: id, orgPath: org.path, summary: input.name, after: input });
    return one(q, id);
  });
}

export async function updatePartner(db: Db, who: Principal, id: string, input: { name?: string; kind?: PartnerKind; active?: boolean }) {
  return db.tx(async (q) => {
    const before = await one(q, id);
    await q.query(
      `UPDATE partner_units SET name = coalesce($2, name), kind = coalesce($3, kind), active = coalesce($4, active) WHERE id = $1`,
      [id, input.name ? cleanName(input.name) : null, input.kind ?? null, input.active ?? null],
    );
    const after = await one(q, id);
    const org = await getOrg(q, after.orgId);
    await audit(q, who, { action: 'partner.update', entity: 'partner', entityId: id, orgPath: org.path, summary: after.name, before, after });
    return after;
  });
}

export async function addContact(
  db: Db, who: Principal, partnerId: string,
  input: { fullName: string; title: string; phone?: string | null; gender?: 'male' | 'female' | null; startedOn: string },
) {
  return db.tx(async (q) => {
    const unit = await one(q, partnerId);
    const personId = crypto.randomUUID();
    const name = cleanName(input.fullName);
    await q.query('INSERT INTO people (id, full_name, name_search, phone, gender) VALUES ($1, $2, $3, $4, $5)', [
      personId, name, foldVietnamese(name), input.phone ?? null, input.gender ?? null,
    ]);
    await q.query('INSERT INTO partner_contacts (partner_unit_id, person_id, title, started_on) VALUES ($1, $2, $3, $4)', [
      partnerId, personId, cleanName(input.title), input.startedOn,
    ]);
    const org = await getOrg(q, unit.orgId);
    await audit(q, who, { action: 'partner.contact_add', entity: 'partner', entityId: partnerId, orgPath: org.path, summary: name, after: input });
    return one(q, partnerId);
  });
}

export async function endContact(db: Db, who: Principal, partnerId: string, contactId: string, endedOn: string) {
  return db.tx(async (q) => {
    const rows = await q.query(
      'UPDATE partner_contacts SET ended_on = $3 WHERE id = $2 AND partner_unit_id = $1 AND ended_on IS NULL RETURNING id',
      [partnerId, contactId, endedOn],
    );
    if (!rows.length) throw NotFound();
    const unit = await one(q, partnerId);
    const org = await getOrg(q, unit.orgId);
    await audit(q, who, { action: 'partner.contact_end', entity: 'partner', entityId: partnerId, orgPath: org.path, after: { contactId, endedOn } });
    return unit;
  });
}
