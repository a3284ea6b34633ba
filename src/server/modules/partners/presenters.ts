import type { Partner } from './schemas';
import type { PartnerContactRow, PartnerUnitRow } from './queries';

/** A partner unit on the wire, with its current contacts (the rows may hold other units' contacts too). */
export const presentPartner = (u: PartnerUnitRow, contacts: PartnerContactRow[]): Partner => ({
  id: u.id, orgId: u.org_id, kind: u.kind, name: u.name, active: u.active,
  contacts: contacts.filter((c) => c.partner_unit_id === u.id).map((c) => ({
    contactId: c.id, personId: c.person_id, fullName: c.full_name, phone: c.phone, title: c.title, startedOn: c.started_on,
  })),
});
