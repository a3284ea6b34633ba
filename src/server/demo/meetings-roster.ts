// Who a cell summons on a given day, as the meetings service's autoInvite would have listed them then:
// members of the cell on that day with their standing and state (exempt ones as 'exempt'), the committee
// member in charge, and the titles the documents print (titleIn).
import { parseIsoDate } from '../../domain/dates';
import { ageOn } from './person';
import { CELLS, type CellSpec } from './story';
import type { DemoData, MemberEventRow, MemberRow, OrgRow, PartnerKind, PersonRow, Standing } from './types';
import { positionInDocuments } from '../../domain/members';

/** What the meetings section needs of the other sections. */
export type MeetingsInput = Pick<
  DemoData,
  'people' | 'members' | 'memberships' | 'memberEvents' | 'positions' | 'orgOverseers' | 'partnerUnits' | 'partnerContacts' |
  'accounts' | 'storyPeople'
> & { root: OrgRow; cells: Record<string, OrgRow> };

export interface Summoned {
  personId: string;
  name: string;
  standing: Standing;
  state: 'active' | 'exempt' | 'temp_exempt';
  member: MemberRow;
  person: PersonRow;
}

export interface Guest { personId: string; unitId: string; kind: PartnerKind; name: string; title: string | null }

const TITLE_ORDER = ['cell_secretary', 'cell_deputy', 'cell_committee'];

/** Code-point order of names, as PostgreSQL sorts them under the C collation (PGlite, the test cluster). */
export const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class Roster {
  readonly specs = new Map<string, CellSpec>();
  readonly cellKeyOf = new Map<string, string>();
  private readonly people = new Map<string, PersonRow>();
  private readonly members = new Map<string, MemberRow>();
  private readonly events = new Map<string, MemberEventRow[]>();
  readonly accountOf = new Map<string, string>();

  constructor(readonly d: MeetingsInput) {
    for (const s of CELLS) {
      this.specs.set(s.key, s);
      this.cellKeyOf.set(d.cells[s.key].id, s.key);
    }
    for (const p of d.people) this.people.set(p.id, p);
    for (const m of d.members) this.members.set(m.person_id, m);
    for (const e of d.memberEvents) {
      if (e.kind === 'exempted' || e.kind === 'temp_exempted') this.events.set(e.person_id, [...(this.events.get(e.person_id) ?? []), e]);
    }
    for (const a of d.accounts) if (a.person_id) this.accountOf.set(a.person_id, a.id);
  }

  person(id: string): PersonRow {
    return this.people.get(id)!;
  }

  /** The cell's members on that day, in the order the service lists them (by name). */
  membersOn(cellId: string, date: string): Summoned[] {
    const out: Summoned[] = [];
    for (const ms of this.d.memberships) {
      if (ms.org_id !== cellId || ms.kind !== 'official' || ms.started_on > date || (ms.ended_on !== null && ms.ended_on <= date)) continue;
      const member = this.members.get(ms.person_id)!;
      if (!member.admission_date || member.admission_date > date) continue;
      if (!['active', 'exempt', 'temp_exempt'].includes(member.state)) continue;
      const person = this.person(ms.person_id);
      let state: Summoned['state'] = 'active';
      for (const e of this.events.get(ms.person_id) ?? []) {
        if (e.effective_on <= date) state = e.kind === 'exempted' ? 'exempt' : 'temp_exempt';
      }
      const standing: Standing = member.official_date !== null && member.official_date <= date ? 'official' : 'probationary';
      out.push({ personId: person.id, name: person.full_name, standing, state, member, person });
    }
    return out.sort(byName);
  }

  /** Committee members in charge of the cell on that day. */
  overseersOn(cellId: string, date: string): { personId: string; name: string }[] {
    return this.d.orgOverseers
      .filter((o) => o.org_id === cellId && o.started_on <= date && (o.ended_on === null || o.ended_on > date))
      .map((o) => ({ personId: o.person_id, name: this.person(o.person_id).full_name }));
  }

  /** The cell's positions on that day: title → person ids. */
  holders(cellId: string, date: string, title: string): string[] {
    return this.d.positions
      .filter((p) => p.org_id === cellId && p.title === title && p.started_on <= date && (p.ended_on === null || p.ended_on >= date))
      .map((p) => p.person_id);
  }

  /** titleIn of the meetings service: the most senior title in the cell that day, else 'Đảng viên'. */
  titleIn(personId: string, cellId: string, date: string): string {
    const held = this.d.positions
      .filter((p) => p.person_id === personId && p.org_id === cellId && p.started_on <= date && (p.ended_on === null || p.ended_on >= date))
      .map((p) => p.title)
      .sort((a, b) => TITLE_ORDER.indexOf(a) - TITLE_ORDER.indexOf(b))[0];
    return held ? positionInDocuments(held) ?? 'Đảng viên' : 'Đảng viên';
  }

  /** Partner units' contacts who are not members of the cell, for expanded meetings. */
  guests(cellId: string, date: string, memberIds: Set<string>): Guest[] {
    const out: Guest[] = [];
    for (const u of this.d.partnerUnits.filter((x) => x.org_id === cellId && x.active)) {
      const c = this.d.partnerContacts.find((x) => x.partner_unit_id === u.id && x.started_on <= date && x.ended_on === null);
      if (!c || memberIds.has(c.person_id)) continue;
      out.push({ personId: c.person_id, unitId: u.id, kind: u.kind, name: this.person(c.person_id).full_name, title: c.title });
    }
    return out;
  }

  age(personId: string, on: string): number {
    return ageOn(this.person(personId).birth_date!, on);
  }
}

export const ymOf = (d: string) => d.slice(0, 7);
export const monthOf = (d: string) => parseIsoDate(d).month;
