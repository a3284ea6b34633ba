import crypto from 'node:crypto';
import type { Db, Made, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName, foldVietnamese } from '../../../domain/text';
import { getOrg } from '../orgs/service';
import * as sql from './queries';
import { readPartner } from './units';
import type { AddContactBody } from './schemas';

/** A partner unit's contact people: each is a person of their own, who starts and stops being the contact. */

/**
 * A new contact of a partner unit: a party member of the unit (`personId`), or a new person (`fullName`, whose id is
 * `made.id` when the caller has one).
 */
export async function addContact(db: Db, who: Principal, partnerId: string, input: AddContactBody & { startedOn: string }, made: Made = {}) {
  return db.tx(async (q) => {
    await writeContact(q, who, partnerId, input, made);
    return readPartner(q, partnerId);
  });
}

/** addContact's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writeContact(
  q: Queryable, who: Principal, partnerId: string, input: AddContactBody & { startedOn: string }, made: Made = {},
) {
  const unit = await readPartner(q, partnerId);
  const org = await getOrg(q, unit.orgId);
  let personId: string;
  let name: string;
  if (input.personId) {
    const member = await sql.selectMemberNameUnder(q, input.personId, org.path);
    if (member === undefined) throw Invalid('contact_not_member');
    personId = input.personId;
    name = member;
  } else {
    if (!input.fullName?.trim()) throw Invalid('contact_name_required');
    personId = made.id ?? crypto.randomUUID();
    name = cleanName(input.fullName);
    await sql.insertContactPerson(q, { id: personId, fullName: name, nameSearch: foldVietnamese(name), phone: input.phone ?? null, gender: input.gender ?? null });
  }
  await sql.insertContact(q, { unitId: partnerId, personId, title: cleanName(input.title), startedOn: input.startedOn });
  await audit(q, who, { action: 'partner.contact_add', entity: 'partner', entityId: partnerId, orgPath: org.path, summary: name, after: input });
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
