// Section: the cells' meetings — 18 months of held and approved meetings before today's month (roll calls,
// minutes, votes, dues, scores, numbered documents), this month's (held before today, planned from today)
// and next month's planned ones, row by row as the meetings service writes them. Its own random stream,
// so the other sections do not change.
import { addDays, addMonths, formatDateVi } from '../../domain/dates';
import {
  agendaTemplate, countAttendance, DEFAULT_SCHEME, formatDocNumber, REGULAR_KINDS, THEMATIC_SCHEME, isPresentStatus,
} from '../../domain/meetings/index';
import { type DemoCalendar, ymAdd } from './calendar';
import { heldItem } from './meetings-agenda';
import { buildSnapshot } from './meetings-docs';
import { planSlots, type Slot } from './meetings-plan';
import { location, notHeld, type CellState } from './meetings-planned';
import { Roster, ymOf, type MeetingsInput } from './meetings-roster';
import { addTime, at, duesOf, resolutionVote, rollCall, score, Session } from './meetings-session';
import { officeMonth, upperDocument, villageMonth, type Assignee } from './meetings-text';
import { GUEST_GISTS, GUEST_TITLE, HCM_GISTS, IMPLEMENTATION, MEMBER_GISTS, OVERSEER_GISTS, SHORTCOMINGS, THEMATIC_GISTS } from './meetings-words';
import { latestOfficialAdmission } from './person';
import { Rng } from './random';
import { failedVote, isFailedVoteMeeting, nqSkipped, scoreAddendum, scoreConfirmer, skipNq } from './rules';
import type { CellSpec } from './story';
import type { HistoryAgendaItemRow, HistoryMeetingRow, HistorySpeechRow, TaskParts } from '../modules/meetings/history';
import type { DemoMeetings } from './types';

export type { MeetingsInput } from './meetings-roster';

const mmYyyy = (ym: string) => `${ym.slice(5)}/${ym.slice(0, 4)}`;
const prevYm = (ym: string) => {
  const p = addMonths(Number(ym.slice(0, 4)), Number(ym.slice(5)), -1);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
};

export function generateMeetings(seed: number, input: MeetingsInput, cal: DemoCalendar): DemoMeetings {
  const rng = new Rng(seed, 'meetings');
  const roster = new Roster(input);
  const out: DemoMeetings = {
    meetings: [], meetingPreparation: [], agendaItems: [], invitations: [], attendance: [], speeches: [], votes: [], duesPayments: [],
    meetingScores: [], minutesVersions: [], minutesAddenda: [], documentNumbers: [], absentees: { flagged: '', warned: '', year: 0 },
  };
  const flagged = pickAbsentee(rng, roster, 'phieng-loi', cal);
  const warned = pickAbsentee(rng, roster, 'xom', cal);
  const slots = planSlots(rng, roster, cal);
  const abs = absenceMonths(slots, cal);
  out.absentees = { flagged, warned, year: abs.year };
  const designated = new Map([[flagged, new Set(abs.flagged)], [warned, new Set(abs.warned)]]);
  const ses = new Session(rng, roster, out, designated, cal, abs.year);
  const states = new Map<string, CellState>();
  // The commune's regular meeting of the month before the history (admissions are reported from it on).
  const lastRegular = `${ymAdd(cal.history[0], -1)}-03`;
  for (const slot of slots) {
    let st = states.get(slot.cellKey);
    if (!st) states.set(slot.cellKey, (st = { seq: new Map(), lastHeld: null, lastRegular }));
    if (slot.status === 'approved') held(ses, slot, st);
    else notHeld(ses, slot, st);
  }
  return out;
}

/** Regular meetings count for the absence rule: regular, combined and expanded. Months 'YYYY-MM' a cell held one in. */
function heldRegularMonths(slots: Slot[], cellKey: string): string[] {
  return [...new Set(slots.filter((s) => s.cellKey === cellKey && s.status === 'approved' && s.originalDate && REGULAR_KINDS.includes(s.type))
    .map((s) => ymOf(s.originalDate!)))].sort();
}

/**
 * When the two members stay away without reason: the flagged one three months, the warned one two, in
 * today's year when both cells have held at least three regular meetings in it before today (spread over
 * the year: March, June, September and April, August on DEMO_TODAY). Early in the year they have not:
 * then the absences are in the last three (and two) months held of the year before, so the rule still
 * flags one member and warns of another, for that year.
 */
function absenceMonths(slots: Slot[], cal: DemoCalendar): { year: number; flagged: string[]; warned: string[] } {
  const thisYear = Number(cal.today.slice(0, 4));
  const inYear = (cellKey: string, year: number) => heldRegularMonths(slots, cellKey).filter((m) => m.startsWith(`${year}-`));
  const enough = inYear('phieng-loi', thisYear).length >= 3 && inYear('xom', thisYear).length >= 3;
  const year = enough ? thisYear : thisYear - 1;
  const pl = inYear('phieng-loi', year);
  const xom = inYear('xom', year);
  if (!enough) return { year, flagged: pl.slice(-3), warned: xom.slice(-2) };
  const step = Math.floor(pl.length / 3);
  const first = Math.floor(xom.length / 3);
  return { year, flagged: [1, 2, 3].map((i) => pl[i * step - 1]), warned: [xom[first], xom[Math.max(first + 1, xom.length - 3)]] };
}

/**
 * A member who stays away without reason: official and in activity all along, holding no post, not a
 * story person, not a partner contact — and, in Phiêng Lơi, not the member the meetings integration test
 * marks absent (the first by name after the cell's officers).
 */
function pickAbsentee(rng: Rng, roster: Roster, cellKey: string, cal: DemoCalendar): string {
  const cellId = roster.d.cells[cellKey].id;
  const story = new Set(Object.values(roster.d.storyPeople));
  const posts = new Set(roster.d.positions.filter((p) => p.org_id === cellId).map((p) => p.person_id));
  const contacts = new Set(roster.d.partnerContacts.map((c) => c.person_id));
  const now = roster.membersOn(cellId, cal.today).filter((s) => s.state === 'active' && s.standing === 'official');
  const named = ['Lường Văn Trường', 'Lường Thị Thoan', 'Quàng Văn Ún', 'Cà Thị Hương'];
  const testPerson = now.find((s) => !named.includes(s.name))?.personId;
  const from = roster.membersOn(cellId, `${cal.history[0]}-01`).map((s) => s.personId);
  const candidates = now.filter((s) => from.includes(s.personId) && !story.has(s.personId) && !posts.has(s.personId)
    && !contacts.has(s.personId) && s.personId !== testPerson && roster.age(s.personId, cal.today) <= 50);
  return rng.pick(candidates.length ? candidates : now.filter((s) => s.personId !== testPerson && !story.has(s.personId))).personId;
}

const LABELS: Record<Assignee, string> = {
  women: 'Chi hội Phụ nữ', farmers: 'Chi hội Nông dân', youth: 'Chi đoàn Thanh niên', veterans: 'Chi hội Cựu chiến binh',
  front: 'Ban công tác Mặt trận', police: 'Công an viên', militia: 'Thôn đội trưởng', head: 'Trưởng bản', committee: 'Chi ủy',
  members: 'Đảng viên trong chi bộ',
};

function assignee(who: Assignee, spec: CellSpec, deputy: string | null): string {
  if (who === 'committee' && deputy) return `đồng chí ${deputy}`;
  if (spec.type === 'street' && who === 'head') return 'Tổ trưởng tổ dân phố';
  if (spec.type === 'street' && who === 'militia') return 'Tổ dân quân tự vệ';
  return LABELS[who];
}


function held(ses: Session, slot: Slot, st: CellState): void {
  const { rng, roster, out } = ses;
  const spec = roster.specs.get(slot.cellKey)!;
  const cellId = slot.cellId;
  const date = slot.date;
  const id = rng.uuid();
  const ym = ymOf(slot.originalDate ?? date);
  const [year, month] = [Number(ym.slice(0, 4)), Number(ym.slice(5))];
  const regular = REGULAR_KINDS.includes(slot.type);
  const thematic = slot.type === 'thematic' || slot.type === 'combined';
  const start = slot.weak ? addTime(slot.time, 20) : rng.chance(0.08) ? addTime(slot.time, 15) : slot.time;
  const end = addTime(start, slot.short ? rng.int(65, 80) : slot.type === 'combined' ? rng.int(120, 160) : rng.int(95, 135));
  const createdAt = at(addDays(date, -20), '08:00');
  const secretaryAccount = slot.cellKey === 'phieng-loi' ? roster.accountOf.get(roster.d.storyPeople.truong) ?? null : null;

  // Who is summoned, who chairs and who takes the minutes.
  const summoned = roster.membersOn(cellId, date);
  const active = summoned.filter((s) => s.state === 'active');
  const secretary = roster.holders(cellId, date, 'cell_secretary')[0];
  const officers = [...roster.holders(cellId, date, 'cell_deputy'), ...roster.holders(cellId, date, 'cell_committee')]
    .filter((pid) => active.some((s) => s.personId === pid) && !ses.designated.has(pid));
  const others = active.filter((s) => s.standing === 'official' && s.personId !== secretary && !ses.designated.has(s.personId));
  const recorderId = officers.length ? rng.pick(officers) : rng.pick(others).personId;
  const deputy = roster.holders(cellId, date, 'cell_deputy')[0];
  const overseers = roster.overseersOn(cellId, date);
  const village = spec.place.replace(/^Bản /, 'bản ');
  const guests = slot.type === 'expanded'
    ? rng.shuffle(roster.guests(cellId, date, new Set(summoned.map((s) => s.personId)))).slice(0, rng.int(3, 5)) : [];
  const rc = rollCall(ses, id, createdAt, at(date, start), secretaryAccount, summoned, overseers, guests, village,
    (s) => ses.memberStatus(s, spec, ym, regular, s.personId === secretary || s.personId === recorderId),
    (pid) => ses.overseerAttends(pid, date, slot.time),
    (g) => GUEST_TITLE[g.kind]?.(roster.d.partnerUnits.find((u) => u.id === g.unitId)!.name, village) ?? null);
  const counts = countAttendance(rc.rows);

  // The agenda of the type, then what was said under it.
  const items: HistoryAgendaItemRow[] = agendaTemplate(slot.type).map((t, i) => ({
    id: rng.uuid(), meeting_id: id, position: (i + 1) * 10, template_key: t.key, title: t.title, content: '', conclusion: null, created_at: createdAt,
  }));
  const item = (key: string) => items.find((x) => x.template_key === key)!;
  const speakers = rng.shuffle(rc.presentMembers.filter((s) => s.personId !== secretary && s.personId !== recorderId));
  const work = spec.type === 'office' ? officeMonth(spec.key, month) : villageMonth(year, month);
  const speeches: { key: string; personId: string; name: string; gist: string }[] = [];
  let budget = slot.weak ? 2 : rng.int(2, 5);
  const say = (key: string, s: { personId: string; name: string } | undefined, gist: string) => {
    if (!s || budget <= 0) return;
    speeches.push({ key, personId: s.personId, name: s.name, gist });
    budget--;
  };
  let next = 0;
  const member = () => speakers[next++ % Math.max(speakers.length, 1)];
  if (rc.overseerPresent) say('upper_member', rc.overseerPresent, rng.pick(OVERSEER_GISTS.slice(0, date >= '2025-12-01' ? 6 : 5)));
  for (const g of rc.guestsPresent.slice(0, 2)) say(regular ? 'monthly_review' : 'discussion', g, GUEST_GISTS[g.kind] ?? MEMBER_GISTS[0]);
  if (thematic) say('topic', member(), rng.pick(THEMATIC_GISTS));
  if (rng.chance(0.5)) say('ho_chi_minh', member(), rng.pick(HCM_GISTS));
  for (const gist of rng.shuffle([...work.gists, ...MEMBER_GISTS])) say('discussion', member(), gist);
  const order = items.map((x) => x.template_key);
  speeches.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  speeches.forEach((s, i) => out.speeches.push({
    id: rng.uuid(), meeting_id: id, agenda_item_id: item(s.key).id, speaker_person_id: s.personId, speaker_name: s.name, gist: s.gist,
    created_at: at(date, start, 15 + i * 8),
  } satisfies HistorySpeechRow));

  // The vote on the resolution, the dues, the score.
  const drawn = resolutionVote(rng, rc.rows);
  const failed = isFailedVoteMeeting(slot.cellKey, ym, regular, ses.cal.today);
  const v = failed ? failedVote(rc.rows) : drawn;
  const subject = slot.type === 'thematic'
    ? `Thông qua kết luận sinh hoạt chuyên đề "${slot.topic}"`
    : `Thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng ${mmYyyy(ym)}`;
  out.votes.push({ id: rng.uuid(), meeting_id: id, agenda_item_id: item('vote').id, subject, method: 'show_of_hands', ...v, is_resolution: true, created_at: at(date, end, -15) });
  let dues: { payers: number; sum: number } | null = null;
  if (regular) {
    dues = { payers: 0, sum: 0 };
    for (const s of rc.presentMembers) {
      const expected = duesOf(ses, s);
      const more = s.member.dues_category === 'working_age' && rng.chance(0.05);
      const paid = more ? 10_000 : expected;
      out.duesPayments.push({
        id: rng.uuid(), meeting_id: id, person_id: s.personId, amount_paid: paid, expected, note: more ? 'Tự nguyện đóng cao hơn mức quy định' : null,
        recorded_by: secretaryAccount, recorded_at: at(date, start, 10),
      });
      dues.payers++;
      dues.sum += paid;
    }
  }
  const expectedCount = counts.expected;
  // Who confirms (score-confirmation.ts): the committee member in charge who attended; when none did, a commune leader,
  // with the reason. Both after the minutes were approved: an addendum (rules.ts, scoreAddendum).
  const confirmer = scoreConfirmer(roster, cellId, date, rc.overseerPresent ?? null, overseers.length > 0);
  const sc = score(rng, id, {
    thematic: slot.type === 'thematic', rate: expectedCount ? (counts.present - presentExempt(rc.rows)) / expectedCount : 1,
    unexcused: counts.absentUnexcused, lateOrEarly: counts.late + counts.leftEarly, onTime: start === slot.time,
    durationOk: !slot.short, speeches: speeches.length, weak: slot.weak,
  }, { proposedBy: secretaryAccount, confirmedBy: confirmer.accountId },
  { proposed: at(date, end, -10), confirmed: rc.overseerPresent ? at(date, end, 5) : at(addDays(date, 2), '09:00') },
  !overseers.length ? 'Đảng ủy xã xác nhận kết quả chi bộ tự chấm'
    : slot.weak ? 'Nhất trí; đề nghị chi bộ rút kinh nghiệm về công tác chuẩn bị và thời lượng sinh hoạt'
      : rng.pick(['Nhất trí với kết quả chi bộ tự chấm', 'Nhất trí; đề nghị chi bộ tiếp tục phát huy', 'Nhất trí']));
  sc.confirm_reason = confirmer.reason;
  // A meeting of the last days that the committee member in charge has not confirmed yet.
  if (sc.confirmed_at && sc.confirmed_at > ses.cal.now) Object.assign(sc, { confirmed_by: null, confirmed_at: null, comment: null, confirm_reason: null });
  out.meetingScores.push(sc);

  // The resolution's parts and the words under each item.
  const due = `${ym}-25`;
  const tasks: TaskParts[] = [];
  if (regular) {
    work.tasks.forEach(([who, content], i) => tasks.push({
      content, assignee: assignee(who, spec, deputy && deputy !== secretary ? roster.person(deputy).full_name : null),
      due: i === 2 && rng.chance(0.4) ? 'thường xuyên' : due,
    }));
  }
  if (thematic) tasks.push({ content: 'Mỗi đảng viên đăng ký việc làm cụ thể sau chuyên đề', assignee: 'Đảng viên trong chi bộ', due: addDays(date, 20) });
  const prev = addMonths(year, month, -1);
  const prevWork = spec.type === 'office' ? officeMonth(spec.key, prev.month) : villageMonth(prev.year, prev.month);
  const resolution = {
    // A thematic meeting's resolution is "về <topic>" (the secretary writes the title; the service would keep the topic's capital).
    ...(slot.type === 'thematic' ? { title: `về ${slot.topic!.charAt(0).toLocaleLowerCase('vi')}${slot.topic!.slice(1)}` } : {}),
    results: regular ? [...prevWork.results] : [],
    shortcomings: !regular ? [] : slot.weak ? rng.shuffle(SHORTCOMINGS).slice(0, 2) : rng.chance(0.4) ? [rng.pick(SHORTCOMINGS)] : [],
    tasks, implementation: rng.shuffle(IMPLEMENTATION).slice(0, 2),
  };
  // A resolution that was not adopted gives no tasks (rules.ts).
  if (failed) resolution.tasks = [];
  const title = (pid: string) => ({ name: roster.person(pid).full_name, title: roster.titleIn(pid, cellId, date) });
  const chair = title(secretary);
  const recorder = title(recorderId);
  const admissions = summoned.flatMap((s) => [
    ...(s.member.admission_date! > st.lastRegular && s.member.admission_date! <= date
      ? [`Chi bộ tổ chức lễ kết nạp đảng viên mới: đồng chí ${s.name} (ngày ${formatDateVi(s.member.admission_date!)})`] : []),
    ...(s.member.official_date && s.member.official_date > st.lastRegular && s.member.official_date <= date && s.member.admission_date! < latestOfficialAdmission(ses.cal)
      ? [`Chi bộ xét, đề nghị công nhận đảng viên chính thức cho đồng chí ${s.name}`] : []),
  ]);
  for (const it of items) {
    Object.assign(it, heldItem(it.template_key!, {
      type: slot.type, chair, recorder, overseer: rc.overseerPresent?.name ?? null,
      guests: rc.invitations.filter((i) => i.role === 'guest' && rc.guestsPresent.some((g) => g.personId === i.person_id))
        .map((i) => ({ name: i.name, title: i.title ?? '' })),
      counts, dues, month: mmYyyy(ym), prevMonth: mmYyyy(prevYm(ym)), year, monthIndex: month, results: resolution.results,
      tasks: tasks.filter((t) => !t.content.startsWith('Mỗi đảng viên đăng ký')), topic: slot.topic,
      presenter: chair.name,
      upperDocument: regular ? upperDocument(ym) : null, vote: { for: v.votes_for, base: v.base }, score: { total: sc.total, level: sc.level },
      admissions: regular ? admissions : [],
    }));
  }
  if (regular) st.lastRegular = date;

  // Numbers, approval (with the snapshot), preparation and the meeting row itself.
  const y = Number(date.slice(0, 4));
  // The first year of the history numbers on from the meetings numbered on paper before the cells started
  // using chibo (January–April 2025 on DEMO_TODAY, so its minutes start at 05). A cell numbering by term
  // (Phiêng Lơi) numbers on from its term's start (HD 36-HD/VPTW); before it, it numbered by year.
  const first = ses.cal.history[0];
  const termStart = spec.settings.numberingBy === 'term' ? String(spec.settings.termStart) : null;
  const scope = termStart && date >= termStart ? `term:${termStart}` : `year:${y}`;
  const paper = termStart && date >= termStart
    ? Math.max(0, monthsFrom(termStart, first))
    : y === Number(first.slice(0, 4)) ? Number(first.slice(5)) - 1 : 0;
  const seq = (st.seq.get(scope) ?? paper) + 1;
  st.seq.set(scope, seq);
  const approvedAt = at(date, end, 2);
  for (const docType of ['BB', 'NQ'] as const) {
    const docId = rng.uuid();
    // No NQ number for a resolution that was not adopted (HD 36-HD/VPTW: a number is issued to a document that exists).
    if (failed && docType === 'NQ') continue;
    const n = docType === 'NQ' ? seq - nqSkipped(st, scope) : seq;
    out.documentNumbers.push({ id: docId, org_id: cellId, doc_type: docType, scope_key: scope, seq: n, meeting_id: id, issued_at: approvedAt });
  }
  if (failed) skipNq(st, scope);
  const numbers: { BB: string; NQ?: string } = failed
    ? { BB: formatDocNumber(seq, 'BB', 'CB') }
    : { BB: formatDocNumber(seq, 'BB', 'CB'), NQ: formatDocNumber(seq - nqSkipped(st, scope), 'NQ', 'CB') };
  const noticeDays = slot.weak ? 0 : rng.int(3, 6);
  const meeting: HistoryMeetingRow = {
    id, org_id: cellId, type: slot.type, topic: slot.topic, original_date: slot.originalDate, date, start_time: start, end_time: end,
    location: location(spec), status: 'approved', move_reason: slot.moveReason, cancel_reason: null, chair_id: secretary,
    recorder_id: recorderId, notice_sent_at: at(addDays(date, -noticeDays), '07:30'),
    documents_ready_at: slot.weak ? null : at(addDays(date, -Math.min(noticeDays, 2)), '16:00'),
    quorum_num: 2, quorum_den: 3,
    documents: [regular ? upperDocument(ym) : `Đề cương sinh hoạt chuyên đề "${slot.topic}" do chi ủy chuẩn bị`, ...(st.lastHeld ? [`Nghị quyết ${st.lastHeld.nq.replace(/^Số/, 'số')} ngày ${formatDateVi(st.lastHeld.date)} của chi bộ`] : [])],
    resolution, created_by: secretaryAccount, created_at: createdAt,
    updated_at: sc.confirmed_at && sc.confirmed_at > approvedAt ? sc.confirmed_at : approvedAt,
  };
  const committeeOn = addDays(date, -rng.int(3, 6));
  out.meetingPreparation.push({
    meeting_id: id, content_preparer_id: secretary, resolution_preparer_id: slot.weak ? null : recorderId,
    committee_meeting_on: slot.weak ? null : committeeOn, content_agreed_at: slot.weak ? null : at(committeeOn, '20:30'), note: null,
    updated_at: at(committeeOn, '20:30'),
  });
  const orgName = roster.d.cells[slot.cellKey].name;
  const attendance = new Map(rc.attendance.map((a) => [a.invitation_id, a]));
  const snapshot = buildSnapshot({
    meeting, orgName, parentName: roster.d.root.name, place: roster.d.root.place ?? '', invitations: rc.invitations, attendance,
    agenda: items, speeches: out.speeches.filter((s) => s.meeting_id === id), votes: out.votes.filter((x) => x.meeting_id === id),
    score: sc, schemeName: sc.scheme_id === THEMATIC_SCHEME.id ? THEMATIC_SCHEME.name : DEFAULT_SCHEME.name,
    schemeMaxPoints: sc.scheme_id === THEMATIC_SCHEME.id ? THEMATIC_SCHEME.maxPoints : DEFAULT_SCHEME.maxPoints,
    chair, recorder, secretaryName: chair.name, numbers,
  });
  out.minutesVersions.push({
    id: rng.uuid(), meeting_id: id, version: 1, snapshot: JSON.parse(JSON.stringify(snapshot)), approved_at: approvedAt,
    approved_by: secretaryAccount, correction_reason: null,
  });
  if (sc.confirmed_at && sc.confirmed_at > approvedAt) out.minutesAddenda.push(scoreAddendum(sc, confirmer, 1));
  out.meetings.push(meeting);
  out.agendaItems.push(...items);
  out.invitations.push(...rc.invitations);
  out.attendance.push(...rc.attendance);
  // After a resolution that was not adopted, the next meeting reviews the last adopted one.
  if (!failed || !st.lastHeld) st.lastHeld = { date, tasks, nq: numbers.NQ ?? numbers.BB };
}

const presentExempt = (rows: { state: string; status: string }[]) =>
  rows.filter((r) => r.state !== 'active' && isPresentStatus(r.status)).length;

/** Regular meetings of a term held on paper before the history's first month `first` ('YYYY-MM'): one a month after the term's start. */
function monthsFrom(termStart: string, first: string): number {
  const a = Number(termStart.slice(0, 4)) * 12 + Number(termStart.slice(5, 7));
  const b = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7));
  return b - a - 1;
}
