// Section: the party members — people rows, party records, memberships (with a little history:
// transfers, a member who moved away, one who died) and the status events behind them.
import { type DemoCalendar, shift, ymAdd } from './calendar';
import { personName } from './names';
import {
  address, admissionDate, birthRange, duesCategory, education, personRow, theoryLevel, Uniques,
} from './person';
import { addYears, maxDate, Rng } from './random';
import {
  CELLS, type CellSpec, DECEASED, type Ethnicity, STATUS_QUOTAS, STORY_PEOPLE, type StoryPerson, TRANSFERRED_OUT, TRANSFERS,
} from './story';
import type { MemberEventRow, MemberRow, MembershipRow, OrgRow, PersonRow } from './types';

export interface MemberInfo {
  cell: string;
  storyKey: string | null;
  person: PersonRow;
  member: MemberRow;
  /** Counted today: an open official membership and state active, exempt or temp_exempt. */
  current: boolean;
}

export interface MembersSection {
  people: PersonRow[];
  members: MemberRow[];
  memberships: MembershipRow[];
  memberEvents: MemberEventRow[];
  infos: MemberInfo[];
  storyPeople: Record<string, string>;
  uniques: Uniques;
}

type EventDraft = Omit<MemberEventRow, 'id' | 'person_id'>;

interface Draft {
  cell: string;
  storyKey: string | null;
  person: PersonRow;
  member: MemberRow;
  startedOn: string;
  ended: { on: string; reason: string } | null;
  previous: { cell: string; startedOn: string; endedOn: string; reason: string } | null;
  events: EventDraft[];
}

/** Work of generated members of office cells, handed out in a shuffled order. */
const JOBS: Record<string, { list: string[]; otherwise: string }> = {
  'co-quan': {
    list: ['Phó Chủ tịch UBND xã', 'Phó Chủ tịch HĐND xã', 'Chủ tịch Ủy ban MTTQ Việt Nam xã', 'Bí thư Đoàn xã',
      'Chủ tịch Hội Cựu chiến binh xã', 'Công chức Văn phòng – Thống kê', 'Công chức Tư pháp – Hộ tịch',
      'Công chức Địa chính – Xây dựng', 'Công chức Tài chính – Kế toán', 'Công chức Văn hóa – Xã hội'],
    otherwise: 'Công chức UBND xã',
  },
  truong: { list: ['Phó Hiệu trưởng', 'Tổng phụ trách Đội', 'Kế toán'], otherwise: 'Giáo viên' },
  'cong-an': { list: ['Phó Trưởng Công an xã', 'Phó Trưởng Công an xã'], otherwise: 'Cán bộ Công an xã' },
  'quan-su': { list: ['Chính trị viên Ban Chỉ huy Quân sự xã', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã'], otherwise: 'Trợ lý Ban Chỉ huy Quân sự xã' },
};

const EXEMPT_REASONS = [
  'Tuổi cao, sức khỏe yếu; tự nguyện xin miễn công tác và sinh hoạt đảng',
  'Ốm đau điều trị dài ngày; xin miễn công tác và sinh hoạt đảng, chi bộ đã xem xét đồng ý',
];
const TEMP_EXEMPT_REASONS = [
  'Đi lao động tại khu công nghiệp tỉnh Bắc Ninh; xin tạm miễn sinh hoạt đảng, vẫn đóng đảng phí',
  'Đi học tập trung dài hạn tại Hà Nội; tạm miễn sinh hoạt đảng',
];

const spec = (key: string): CellSpec => CELLS.find((c) => c.key === key)!;

/** Which cells get the commune's other probationary, exempt and temporarily exempt members. */
function statusPlan(rng: Rng): Record<string, string[]> {
  const plan: Record<string, string[]> = {};
  const add = (cells: CellSpec[], n: number, status: string) => {
    for (const c of rng.shuffle(cells).slice(0, n)) (plan[c.key] ??= []).push(status);
  };
  const others = CELLS.filter((c) => c.key !== 'phieng-loi');
  const homes = others.filter((c) => c.type !== 'office');
  add(others, STATUS_QUOTAS.probationary, 'probationary');
  add(homes, STATUS_QUOTAS.exempt, 'exempt');
  add(homes, STATUS_QUOTAS.temp_exempt, 'temp_exempt');
  return plan;
}

function membershipStart(rng: Rng, cal: DemoCalendar, s: CellSpec, admission: string, birthDate: string): string {
  let start = maxDate(admission, s.foundedOn);
  // Office members took up their post at 22 at the earliest, and more than two years before today.
  const latest = shift(cal, '2024-06-30');
  if (s.type === 'office' && addYears(birthDate, 22) < latest) {
    start = maxDate(start, rng.date(addYears(birthDate, 22), latest));
  }
  return start;
}

function memberRow(
  rng: Rng, cal: DemoCalendar, u: Uniques, s: CellSpec, person: PersonRow, admission: string, probationary: boolean,
): MemberRow {
  return {
    person_id: person.id,
    card_no: probationary ? null : u.card(rng),
    admission_date: admission,
    official_date: probationary ? null : addYears(admission, 1),
    standing: probationary ? 'probationary' : 'official',
    state: 'active',
    theory_level: theoryLevel(rng, s.type, probationary),
    dues_category: duesCategory(rng, s.type, person.gender!, person.birth_date!, cal.today),
  };
}

/** A story person's admission: their date, or a recent one counted back from today's month. */
function storyAdmission(cal: DemoCalendar, sp: StoryPerson): string {
  const a = sp.admissionDate;
  return typeof a === 'string' ? a : `${ymAdd(cal.current, -a.monthsBefore)}-${String(a.day).padStart(2, '0')}`;
}

function storyDraft(rng: Rng, cal: DemoCalendar, u: Uniques, sp: StoryPerson): Draft {
  const s = spec(sp.cell);
  const admission = storyAdmission(cal, sp);
  const person = personRow(rng, u, {
    id: rng.uuid(), fullName: sp.fullName, gender: sp.gender, birthDate: sp.birthDate, ethnicity: sp.ethnicity,
    address: s.type === 'office' ? address(rng, s) : `${s.place}, xã Thanh Minh`, education: sp.education, note: sp.note,
  }, cal.today);
  const member = memberRow(rng, cal, u, s, person, admission, sp.standing === 'probationary');
  Object.assign(member, { state: sp.state, theory_level: sp.theory, dues_category: sp.dues });
  const events: EventDraft[] = [];
  if (sp.exempted) events.push(event('exempted', sp.exempted.on, sp.exempted.reason));
  return { cell: s.key, storyKey: sp.key, person, member, startedOn: maxDate(admission, s.foundedOn), ended: null, previous: null, events };
}

function generatedDraft(rng: Rng, cal: DemoCalendar, u: Uniques, s: CellSpec, status: string, job: string | null): Draft {
  const ethnicity = rng.weighted(s.ethnicity) as Ethnicity;
  const gender = rng.chance(status === 'exempt' || status === 'deceased' ? 0.2 : s.femaleShare) ? 'female' : 'male';
  const [from, to] = birthRange(s, status);
  const birthDate = rng.date(from, to);
  const probationary = status === 'probationary';
  // Probationary members were admitted within the 12 months before today.
  const admission = probationary ? rng.date(shift(cal, '2025-11-02'), shift(cal, '2026-10-31'))
    : status === 'transferred_out' ? rng.date(addYears(birthDate, 20), '2019-12-31') : admissionDate(rng, cal, birthDate);
  const person = personRow(rng, u, {
    id: rng.uuid(), fullName: personName(rng, ethnicity, gender, u.names), gender, birthDate, ethnicity,
    address: address(rng, s), education: education(rng, s.type, birthDate), note: job,
  }, cal.today);
  const member = memberRow(rng, cal, u, s, person, admission, probationary);
  const events: EventDraft[] = [];
  if (status === 'exempt') {
    member.state = 'exempt';
    const on = rng.date(maxDate(addYears(birthDate, 68), shift(cal, '2016-01-01')), shift(cal, '2025-12-31'));
    events.push(event('exempted', on, rng.pick(EXEMPT_REASONS)));
  } else if (status === 'temp_exempt') {
    member.state = 'temp_exempt';
    const on = rng.date(maxDate(member.official_date!, shift(cal, '2025-06-01')), shift(cal, '2026-09-30'));
    events.push(event('temp_exempted', on, rng.pick(TEMP_EXEMPT_REASONS)));
  }
  const startedOn = membershipStart(rng, cal, s, admission, birthDate);
  return { cell: s.key, storyKey: null, person, member, startedOn, ended: null, previous: null, events };
}

function event(kind: string, on: string, reason: string | null, fromOrg: string | null = null, toOrg: string | null = null): EventDraft {
  return { kind, effective_on: on, reason, decision_ref: null, from_org_id: fromOrg, to_org_id: toOrg };
}

/** Two members moved between cells in 2024: their earlier membership is closed and a new one opened. */
function applyTransfers(rng: Rng, drafts: Draft[]): void {
  for (const t of TRANSFERS) {
    const admitted = drafts.filter((d) => d.cell === t.to && d.storyKey === null && d.previous === null
      && d.member.standing === 'official' && d.member.state === 'active' && d.member.admission_date! < t.on);
    const candidates = admitted.filter((d) => d.member.admission_date! < addYears(t.on, -2)
      && (t.to !== 'co-quan' || d.person.note?.startsWith('Công chức')));
    // Long after DEMO_TODAY (admissions spread up to today) there may be none of long standing: any member admitted before.
    const d = rng.pick(candidates.length ? candidates : admitted);
    const from = spec(t.from);
    d.previous = { cell: t.from, startedOn: maxDate(d.member.admission_date!, from.foundedOn), endedOn: t.on, reason: t.reason };
    d.startedOn = t.on;
    if (spec(t.to).type === 'office') d.person.address = `${from.place}, xã Thanh Minh`;
  }
}

/** Former members, not counted today: one moved out of the commune in 2022, one died in 2024. */
function formerDrafts(rng: Rng, cal: DemoCalendar, u: Uniques): Draft[] {
  const dead = generatedDraft(rng, cal, u, spec(DECEASED.cell), 'deceased', null);
  dead.member.state = 'deceased';
  dead.person.phone = null;
  dead.ended = { on: DECEASED.on, reason: DECEASED.reason };
  const moved = generatedDraft(rng, cal, u, spec(TRANSFERRED_OUT.cell), 'transferred_out', null);
  moved.member.state = 'transferred_out';
  moved.person.address = 'Phường Nam Thanh, TP. Điện Biên Phủ';
  moved.ended = { on: TRANSFERRED_OUT.on, reason: TRANSFERRED_OUT.reason };
  return [dead, moved];
}

export function generateMembers(seed: number, cells: Record<string, OrgRow>, cal: DemoCalendar): MembersSection {
  const rng = new Rng(seed, 'members');
  const u = new Uniques();
  for (const sp of STORY_PEOPLE) u.names.add(sp.fullName.normalize('NFC'));
  const plan = statusPlan(rng);
  const drafts: Draft[] = [];
  for (const s of CELLS) {
    const story = STORY_PEOPLE.filter((sp) => sp.cell === s.key);
    for (const sp of story) drafts.push(storyDraft(rng, cal, u, sp));
    const statuses = plan[s.key] ?? [];
    const jobs = JOBS[s.key] ? rng.shuffle(JOBS[s.key].list) : [];
    for (let i = 0; i < s.size - story.length; i++) {
      const job = JOBS[s.key] ? (jobs[i] ?? JOBS[s.key].otherwise) : null;
      drafts.push(generatedDraft(rng, cal, u, s, statuses[i] ?? 'active', job));
    }
  }
  applyTransfers(rng, drafts);
  drafts.push(...formerDrafts(rng, cal, u));
  return emit(rng, drafts, cells, u);
}

function emit(rng: Rng, drafts: Draft[], cells: Record<string, OrgRow>, u: Uniques): MembersSection {
  const out: MembersSection = { people: [], members: [], memberships: [], memberEvents: [], infos: [], storyPeople: {}, uniques: u };
  const ref = () => `${rng.int(1, 240)}-QĐ/ĐU`;
  for (const d of drafts) {
    const pid = d.person.id;
    const m = d.member;
    out.people.push(d.person);
    out.members.push(m);
    if (d.storyKey) out.storyPeople[d.storyKey] = pid;
    out.infos.push({ cell: d.cell, storyKey: d.storyKey, person: d.person, member: m, current: d.ended === null });
    const firstCell = cells[d.previous?.cell ?? d.cell].id;
    const events: EventDraft[] = [{ ...event('admitted', m.admission_date!, null, null, firstCell), decision_ref: ref() }];
    if (m.official_date) events.push({ ...event('made_official', m.official_date, null, null, firstCell), decision_ref: ref() });
    if (d.previous) {
      out.memberships.push({
        id: rng.uuid(), person_id: pid, org_id: cells[d.previous.cell].id, kind: 'official',
        started_on: d.previous.startedOn, ended_on: d.previous.endedOn, end_reason: d.previous.reason,
      });
      events.push(event('transferred', d.previous.endedOn, d.previous.reason, cells[d.previous.cell].id, cells[d.cell].id));
    }
    out.memberships.push({
      id: rng.uuid(), person_id: pid, org_id: cells[d.cell].id, kind: 'official',
      started_on: d.startedOn, ended_on: d.ended?.on ?? null, end_reason: d.ended?.reason ?? null,
    });
    events.push(...d.events);
    if (d.ended && m.state === 'deceased') events.push(event('deceased', d.ended.on, null, cells[d.cell].id));
    if (d.ended && m.state === 'transferred_out') events.push(event('transferred_out', d.ended.on, d.ended.reason, cells[d.cell].id));
    events.sort((a, b) => (a.effective_on < b.effective_on ? -1 : a.effective_on > b.effective_on ? 1 : 0));
    for (const e of events) out.memberEvents.push({ id: rng.uuid(), person_id: pid, ...e });
  }
  return out;
}
