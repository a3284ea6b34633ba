// The commune's structure — its units, members and their history, officers, partner units, accounts — entered
// through the modules' services, as the committee's administrator would enter them, so that it holds nothing the
// app could not have written. Each service runs inside the loader's one transaction (joinTx).
import type { Db, Queryable } from '../db/index';
import { joinTx } from '../db/index';
import type { Principal } from '../auth/policy';
import { audit } from '../audit';
import { createOrg, insertOrg, updateOrg, writeOverseer } from '../modules/orgs/service';
import { writeMember } from '../modules/members/service';
import { writeEvent, writePosition, writeTransfer } from '../modules/members/events';
import { updatePartner, writePartner } from '../modules/partners/units';
import { writeContact } from '../modules/partners/contacts';
import { addGrant, createAccount, insertFirstAdmin } from '../modules/accounts/service';
import { setMeetingRule } from '../modules/meetings/schedule';
import { writeOwnRecord } from '../modules/training/service';
import type { EventKind } from '../../domain/members';
import { DEMO_PASSWORD } from './accounts';
import { actorOf } from './actors';
import { newMemberCertificates } from './training';
import type { DemoData, OrgRow } from './types';

/**
 * Status events the member service records; the demo's 'admitted' and 'made_official' come with the member's record
 * (writeMember, with their decision numbers), its 'transferred' with writeTransfer.
 */
const STATUS_EVENTS: readonly string[] = ['exempted', 'temp_exempted', 'exemption_ended', 'suspended', 'suspension_ended', 'transferred_out', 'deceased', 'removed'];

/**
 * Setup (the committee and its administrator), then, as that administrator: the cells, their meeting settings and
 * former names, the members (entered with the unit they first belonged to), transfers and status changes in date
 * order, officers, the committee members in charge of cells, partner units and their contacts, and the accounts.
 */
export async function loadStructure(db: Db, q: Queryable, data: DemoData, passwordHash: string): Promise<void> {
  const inTx = joinTx(db, q);
  const names = (orgId: string) => data.orgNames.filter((n) => n.org_id === orgId).sort((a, b) => a.valid_from.localeCompare(b.valid_from));
  const rootRow = data.orgs.find((o) => o.id === data.rootId)!;

  // Setup: the committee and the system administrator.
  const root = await insertOrg(q, {
    parentId: null, kind: 'committee', name: names(rootRow.id)[0].name, place: rootRow.place, foundedOn: names(rootRow.id)[0].valid_from,
  }, { id: rootRow.id });
  const adminRow = data.accounts.find((a) => a.person_id === null)!;
  await insertFirstAdmin(q, { personId: null, username: adminRow.username, passwordHash, orgId: null }, { id: adminRow.id });
  await audit(q, null, { action: 'setup.committee', entity: 'org', entityId: root.id, orgPath: root.path, summary: root.name });
  const admin = await actorOf(q, data, adminRow.username);

  for (const o of data.orgs) {
    const [first, ...later] = names(o.id);
    if (o.id !== root.id) {
      await createOrg(inTx, admin, { parentId: o.parent_id!, kind: o.kind, name: first.name, place: o.place, foundedOn: first.valid_from }, { id: o.id });
    }
    for (const n of later) await updateOrg(inTx, admin, o.id, { name: n.name, effectiveOn: n.valid_from });
    await setRule(inTx, admin, o);
  }

  // Members, officers and overseers go through the services' write halves: the same rules and audit entries,
  // without presenting a whole profile after each of several hundred writes.
  await loadMembers(q, admin, data);
  for (const p of data.positions) {
    await writePosition(q, admin, p.person_id, { orgId: p.org_id, title: p.title, termLabel: p.term_label, startedOn: p.started_on });
  }
  for (const o of data.orgOverseers) await writeOverseer(q, admin, o.org_id, { personId: o.person_id, startedOn: o.started_on });

  const people = new Map(data.people.map((p) => [p.id, p]));
  const members = new Set(data.members.map((m) => m.person_id));
  for (const u of data.partnerUnits) {
    await writePartner(q, admin, u.org_id, { kind: u.kind, name: u.name }, { id: u.id });
    if (!u.active) await updatePartner(inTx, admin, u.id, { active: false });
    for (const c of data.partnerContacts.filter((x) => x.partner_unit_id === u.id)) {
      const p = people.get(c.person_id)!;
      await writeContact(q, admin, u.id, members.has(p.id)
        ? { personId: p.id, title: c.title, startedOn: c.started_on }
        : { fullName: p.full_name, title: c.title, phone: p.phone, gender: p.gender, startedOn: c.started_on }, { id: p.id });
    }
  }

  for (const a of data.accounts.filter((x) => x.person_id !== null)) {
    const [first, ...more] = data.grants.filter((g) => g.account_id === a.id);
    await createAccount(inTx, admin, {
      personId: a.person_id!, username: a.username, password: DEMO_PASSWORD, role: first.role, orgId: first.org_id!,
    }, { id: a.id, handedOut: { passwordHash } });
    for (const g of more) await addGrant(inTx, admin, a.id, { role: g.role, orgId: g.org_id });
  }
}

/** A unit's own meeting and document settings, through the meeting rule service. */
async function setRule(db: Db, who: Principal, o: OrgRow): Promise<void> {
  const s = o.settings as {
    meetingDay?: number; meetingTime?: string; duesArea?: string; numberingBy?: 'year' | 'term'; termStart?: string;
  };
  if (Object.keys(s).length === 0) return;
  const known = ['meetingDay', 'meetingTime', 'duesArea', 'numberingBy', 'termStart'];
  const unknown = Object.keys(s).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`demo: unit setting ${unknown.join(', ')} has no place in the meeting rule`);
  await setMeetingRule(db, who, o.id, {
    dayOfMonth: s.meetingDay, time: s.meetingTime, duesArea: s.duesArea, numberingBy: s.numberingBy, termStart: s.termStart,
  });
}

/**
 * Each member entered in the unit they first belonged to, from the day they began there, with the record they have
 * today (standing, dates, theory level, dues category) and, for an official member, the new-member course certificate
 * from their file; then their transfers and status changes in date order.
 */
async function loadMembers(q: Queryable, who: Principal, data: DemoData): Promise<void> {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const certificates = newMemberCertificates(data);
  for (const m of data.members) {
    const p = people.get(m.person_id)!;
    // The decision numbers of the admission and recognition in the member's file (their events come with the record).
    const ref = (kind: string) => data.memberEvents.find((e) => e.person_id === m.person_id && e.kind === kind)?.decision_ref ?? null;
    const stays = data.memberships.filter((x) => x.person_id === m.person_id && x.kind === 'official')
      .sort((a, b) => a.started_on.localeCompare(b.started_on));
    await writeMember(q, who, stays[0].org_id, {
      fullName: p.full_name, birthDate: p.birth_date, gender: p.gender, ethnicity: p.ethnicity, religion: p.religion, phone: p.phone,
      email: p.email, citizenId: p.citizen_id, address: p.address, education: p.education, cardNo: m.card_no,
      admissionDate: m.admission_date, officialDate: m.official_date, standing: m.standing, theoryLevel: m.theory_level,
      duesCategory: m.dues_category,
      admissionDecisionRef: ref('admitted'), officialDecisionRef: ref('made_official'),
    }, stays[0].started_on, { id: m.person_id });
    // The new-member course certificate from the member's file, entered with the record.
    const certificate = certificates.get(m.person_id);
    if (certificate) await writeOwnRecord(q, who, m.person_id, certificate);
    const steps = [
      ...stays.slice(1).map((s, i) => ({ on: s.started_on, transfer: { toOrgId: s.org_id, reason: stays[i].end_reason ?? '' } })),
      ...data.memberEvents.filter((e) => e.person_id === m.person_id && STATUS_EVENTS.includes(e.kind)).map((e) => ({ on: e.effective_on, event: e })),
    ].sort((a, b) => a.on.localeCompare(b.on));
    for (const s of steps) {
      if ('transfer' in s) {
        await writeTransfer(q, who, m.person_id, { toOrgId: s.transfer.toOrgId, effectiveOn: s.on, reason: s.transfer.reason });
      } else {
        // The unit's record of the membership's end keeps the reason (a death is recorded with its circumstances).
        const ended = stays.find((x) => x.ended_on === s.on && x.end_reason);
        await writeEvent(q, who, m.person_id, {
          kind: s.event.kind as EventKind, effectiveOn: s.on, reason: s.event.reason ?? ended?.end_reason ?? null, decisionRef: s.event.decision_ref,
        });
      }
    }
  }
}
