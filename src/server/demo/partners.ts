// Section: each village cell's partner units (mass organizations, front work committee, police
// officer, militia) with one contact person each — mostly people who are not party members.
import { type DemoCalendar, shift } from './calendar';
import type { MemberInfo } from './members';
import { personName } from './names';
import { ageOn, education, personRow, type Uniques } from './person';
import { addYears, Rng } from './random';
import { CELLS, type CellSpec, type Ethnicity } from './story';
import type { OrgRow, PartnerContactRow, PartnerKind, PartnerUnitRow, PersonRow } from './types';

export interface PartnersSection {
  people: PersonRow[];
  partnerUnits: PartnerUnitRow[];
  partnerContacts: PartnerContactRow[];
}

interface UnitSpec {
  kind: PartnerKind;
  name: (village: string) => string;
  title: string;
  female: number;
  ages: [number, number];
}

const UNITS: UnitSpec[] = [
  { kind: 'women', name: (v) => `Chi hội Phụ nữ ${v}`, title: 'Chi hội trưởng', female: 1, ages: [30, 55] },
  { kind: 'farmers', name: (v) => `Chi hội Nông dân ${v}`, title: 'Chi hội trưởng', female: 0.2, ages: [35, 60] },
  { kind: 'youth', name: (v) => `Chi đoàn Thanh niên ${v}`, title: 'Bí thư Chi đoàn', female: 0.4, ages: [20, 30] },
  { kind: 'veterans', name: (v) => `Chi hội Cựu chiến binh ${v}`, title: 'Chi hội trưởng', female: 0, ages: [55, 75] },
  { kind: 'front', name: (v) => `Ban công tác Mặt trận ${v}`, title: 'Trưởng ban công tác Mặt trận', female: 0.3, ages: [40, 65] },
  { kind: 'police', name: (v) => `Công an viên ${v}`, title: 'Công an viên', female: 0, ages: [25, 45] },
  { kind: 'militia', name: (v) => `Thôn đội ${v}`, title: 'Thôn đội trưởng', female: 0, ages: [25, 45] },
];

/** Contacts the story fixes: in Phiêng Lơi, the women's union head and the youth secretary are members. */
const STORY_CONTACTS: Record<string, Partial<Record<PartnerKind, string>>> = {
  'phieng-loi': { women: 'thoan', youth: 'suong' },
};

export function generatePartners(
  seed: number, cells: Record<string, OrgRow>, infos: MemberInfo[], storyPeople: Record<string, string>, u: Uniques,
  cal: DemoCalendar,
): PartnersSection {
  const rng = new Rng(seed, 'partners');
  const out: PartnersSection = { people: [], partnerUnits: [], partnerContacts: [] };
  for (const spec of CELLS.filter((c) => c.type === 'village')) {
    const village = spec.name.replace(/^Chi bộ /, '');
    for (const unit of UNITS) {
      const unitId = rng.uuid();
      out.partnerUnits.push({ id: unitId, org_id: cells[spec.key].id, kind: unit.kind, name: unit.name(village), active: true });
      const storyKey = STORY_CONTACTS[spec.key]?.[unit.kind];
      let personId = storyKey ? storyPeople[storyKey] : undefined;
      // The veterans' head is usually an older party member of the cell.
      if (!personId && unit.kind === 'veterans') personId = veteranMember(rng, spec, infos, cal.today);
      if (!personId) {
        const person = contactPerson(rng, u, spec, unit, cal.today);
        out.people.push(person);
        personId = person.id;
      }
      const since = rng.date(unit.kind === 'youth' ? '2022-03-26' : '2019-01-01', shift(cal, '2025-12-31'));
      out.partnerContacts.push({ id: rng.uuid(), partner_unit_id: unitId, person_id: personId, title: unit.title, started_on: since, ended_on: null });
    }
  }
  return out;
}

function veteranMember(rng: Rng, spec: CellSpec, infos: MemberInfo[], today: string): string | undefined {
  const candidates = infos.filter((i) => i.cell === spec.key && i.current && i.storyKey === null && i.person.gender === 'male'
    && i.member.state === 'active' && i.member.standing === 'official'
    && ageOn(i.person.birth_date!, today) >= 55 && ageOn(i.person.birth_date!, today) <= 75);
  return candidates.length > 0 ? rng.pick(candidates).person.id : undefined;
}

function contactPerson(rng: Rng, u: Uniques, spec: CellSpec, unit: UnitSpec, today: string): PersonRow {
  const ethnicity = rng.weighted(spec.ethnicity) as Ethnicity;
  const gender = rng.chance(unit.female) ? 'female' : 'male';
  const age = rng.int(unit.ages[0], unit.ages[1]);
  const birthDate = rng.date(addYears(today, -age - 1), addYears(today, -age));
  const village = spec.name.replace(/^Chi bộ /, '');
  const person = personRow(rng, u, {
    id: rng.uuid(), fullName: personName(rng, ethnicity, gender, u.names), gender, birthDate, ethnicity,
    address: `${spec.place}, xã Thanh Minh`, education: education(rng, spec.type, birthDate),
    note: ['women', 'farmers', 'veterans'].includes(unit.kind) ? `${unit.title} ${unit.name(village)}` : `${unit.title} ${village}`,
  }, today);
  return person;
}
