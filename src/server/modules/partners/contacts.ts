import crypto from 'node:crypto';
import type { Db } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { getOrg } from '../orgs/service';
import * as sql from './queries';
import { readPartner } from './units';
import type { AddContactBody } from './schemas';

/** A partner unit's contact people: each is a person of their own, who starts and stops being the contact. */

export async function addContact(db: Db, who: Principal, partnerId: string, input: AddContactBody & { startedOn: string }) {
  return db.tx(async (q) => {
    const unit = await readPartner(q, partnerId);
    const personId = crypto.randomUUID();
    const name = cleanName(input.fullName);
    await sql.insertContactPerson(q, { id: personId, fullName: name, nameSearch: foldVietnamese(name), phone: input.phone ?? null, gender: input.gender ?? null });
    await sql.insertContact(q, { unitId: partnerId, personId, title: cleanName(input.title), startedOn: input.startedOn });
    const org = await getOrg(q, unit.orgId);
    await audit(q, who, { action: 'partner.contact_add', entity: 'partner', entityId: partnerId, orgPath: org.path, summary: name, after: input });
    return readPartner(q, partnerId);
  });
}

export async function endContact(db: Db, who: Principal, partnerId: string, contactId: string, endedOn: string) {
  return db.tx(async (q) => {
    if (!(await sql.endContact(q, partnerId, contactId, endedOn))) throw NotFound();
    const unit = await readPartner(q, partnerId);
    const org = await getOrg(q, unit.orgId);
    await audit(q, who, { action: 'partner.contact_end', entity: 'partner', entityId: partnerId, orgPath: org.path, after: { contactId, endedOn } });
    return unit;
  });
}
