// Section: the follow-through of the demo commune — the tasks of the cells' approved resolutions (most done,
// some overdue, the regular ones in progress) and a few the commune committee gave to partner units directly.
// Rows are built here, the owners matched from the resolutions' words by the same rule as on approval, and written
// through the modules' batches of past records (writePastTasks, writePastReports) as the administrator.
import type { Db, Queryable } from '../db/index';
import { addDays, addMonths, parseIsoDate } from '../../domain/dates';
import { matchOwner, parseDue, type OwnerCandidates } from '../../domain/followup/tasks';
import { Rng } from './random';
import type { DemoData } from './types';
import { writePastTasks } from '../modules/tasks/history';
import { writePastReports } from '../modules/monthly-reports/history';
import { monthAsOf } from '../modules/monthly-reports/service';
import type { OwnerKind, StoredTaskStatus } from '../../domain/followup/tasks';
import { actorOf } from './actors';
import { insertDirectivesDemo } from './directives';
import { insertNotificationsDemo } from './notifications';

type TaskRowD = {
  id: string; org_id: string; meeting_id: string | null; title: string; owner_kind: string; owner_org_id: string;
  owner_person_id: string | null; owner_partner_id: string | null; owner_label: string | null; due_on: string | null;
  status: string; drop_reason: string | null; done_on: string | null; created_at: string; updated_at: string;
};
type NoteRowD = { id: string; task_id: string; noted_on: string; body: string; status: string | null; meeting_id: string | null; created_at: string };

const DONE_NOTES = ['Đã hoàn thành theo kế hoạch', 'Hoàn thành, đã báo cáo chi bộ', 'Đã thực hiện xong, nhân dân đồng tình'];
const PROGRESS_NOTES = ['Đang triển khai, đạt khoảng một nửa khối lượng', 'Đã họp triển khai, đang thực hiện', 'Đang vận động các hộ thực hiện'];

/** Tasks the commune committee gives partner units directly (kind of partner unit, village cell key, title, months from today). */
const COMMUNE_TASKS: { kind: string; cell: string; title: string; dueIn: number; status: 'open' | 'in_progress' | 'done' }[] = [
  { kind: 'police', cell: 'phieng-loi', title: 'Nắm tình hình an ninh trật tự, phòng chống ma túy trên địa bàn bản dịp cuối năm', dueIn: 20, status: 'in_progress' },
  { kind: 'women', cell: 'huoi-pha', title: 'Vận động hội viên tham gia mô hình "Gia đình 5 không 3 sạch"', dueIn: -12, status: 'open' },
  { kind: 'militia', cell: 'co-cu', title: 'Rà soát, đăng ký nghĩa vụ quân sự cho thanh niên trong độ tuổi', dueIn: -40, status: 'done' },
  { kind: 'youth', cell: 'phieng-loi', title: 'Tổ chức ra quân vệ sinh môi trường, làm đường giao thông nội bản', dueIn: 35, status: 'open' },
];

export function generateFollowup(data: DemoData): { tasks: TaskRowD[]; notes: NoteRowD[] } {
  const rng = new Rng(data.seed, 'followup');
  const today = data.today;
  const tasks: TaskRowD[] = [];
  const notes: NoteRowD[] = [];
  const names = new Map(data.people.map((p) => [p.id, p.full_name]));
  const candidates = new Map<string, OwnerCandidates>();
  const forCell = (cellId: string): OwnerCandidates => {
    let c = candidates.get(cellId);
    if (!c) {
      c = {
        members: data.memberships.filter((m) => m.org_id === cellId && m.ended_on === null)
          .map((m) => ({ personId: m.person_id, fullName: names.get(m.person_id) ?? '' })),
        partners: data.partnerUnits.filter((u) => u.org_id === cellId && u.active).map((u) => ({ id: u.id, kind: u.kind, name: u.name })),
      };
      candidates.set(cellId, c);
    }
    return c;
  };
  const note = (taskId: string, on: string, body: string, status: string | null, meetingId: string | null = null) =>
    notes.push({ id: rng.uuid(), task_id: taskId, noted_on: on, body, status, meeting_id: meetingId, created_at: `${on}T10:00:00+07:00` });

  const approved = data.meetings.meetings.filter((m) => m.status === 'approved').sort((a, b) => a.date.localeCompare(b.date));
  const phiengLoi = data.cellIds['phieng-loi'];
  let phiengLoiOverdue = false;
  for (const m of approved) {
    const seen = new Set<string>();
    for (const t of m.resolution?.tasks ?? []) {
      const title = t.content.trim();
      const key = `${title}|${t.assignee}`;
      if (!title || seen.has(key)) continue;
      seen.add(key);
      const owner = matchOwner(t.assignee, forCell(m.org_id));
      const due = parseDue(t.due);
      const id = rng.uuid();
      let status = 'open';
      let doneOn: string | null = null;
      let dropReason: string | null = null;
      if (due === null) {
        // A regular task is under way from half a month after its meeting (from yesterday, for a meeting held since).
        const on = addDays(m.date, 15) < today ? addDays(m.date, 15) : addDays(today, -1);
        const words = rng.pick(PROGRESS_NOTES);
        if (on > m.date) {
          status = 'in_progress';
          note(id, on, words, 'in_progress');
        }
      } else if (due < today) {
        // Most tasks were done by their day; of the last three months' about one in eight is still open (overdue);
        // now and then an older one was dropped when it no longer fitted.
        const recent = addDays(due, 90) >= today;
        const late = (recent && rng.chance(0.12)) || (m.org_id === phiengLoi && !phiengLoiOverdue && addDays(due, 45) >= today);
        if (!recent && rng.chance(0.02)) {
          status = 'dropped';
          dropReason = 'Không còn phù hợp do thay đổi kế hoạch của xã; chi bộ thống nhất dừng thực hiện';
          note(id, addDays(due, 3), dropReason, 'dropped');
        } else if (late) {
          if (m.org_id === phiengLoi) phiengLoiOverdue = true;
          if (rng.chance(0.5)) {
            status = 'in_progress';
            note(id, addDays(due, -5), rng.pick(PROGRESS_NOTES), 'in_progress');
          }
        } else {
          status = 'done';
          doneOn = addDays(due, -rng.int(0, 6));
          note(id, doneOn, rng.pick(DONE_NOTES), 'done');
        }
      } else if (rng.chance(0.4)) {
        status = 'in_progress';
        note(id, addDays(m.date, Math.min(5, Math.max(1, Math.floor((Date.parse(today) - Date.parse(m.date)) / 86_400_000) - 1))),
          rng.pick(PROGRESS_NOTES), 'in_progress');
      }
      const updated = notes.filter((n) => n.task_id === id).at(-1)?.created_at ?? `${m.date}T20:00:00+07:00`;
      tasks.push({
        id, org_id: m.org_id, meeting_id: m.id, title, owner_kind: owner.kind, owner_org_id: m.org_id,
        owner_person_id: owner.personId ?? null, owner_partner_id: owner.partnerId ?? null, owner_label: t.assignee.trim() || null,
        due_on: due, status, drop_reason: dropReason, done_on: doneOn, created_at: `${m.date}T20:00:00+07:00`, updated_at: updated,
      });
    }
  }
  for (const c of COMMUNE_TASKS) {
    const cellId = data.cellIds[c.cell];
    const unit = data.partnerUnits.find((u) => u.org_id === cellId && u.kind === c.kind);
    if (!cellId || !unit) continue;
    const id = rng.uuid();
    const given = addDays(today, Math.min(-20, c.dueIn - 30));
    const due = addDays(today, c.dueIn);
    const doneOn = c.status === 'done' ? addDays(due, -3) : null;
    if (c.status !== 'open') note(id, doneOn ?? addDays(today, -3), c.status === 'done' ? DONE_NOTES[0] : PROGRESS_NOTES[1], c.status);
    tasks.push({
      id, org_id: data.rootId, meeting_id: null, title: c.title, owner_kind: 'partner', owner_org_id: cellId, owner_person_id: null,
      owner_partner_id: unit.id, owner_label: null, due_on: due, status: c.status, drop_reason: null, done_on: doneOn,
      created_at: `${given}T08:00:00+07:00`, updated_at: `${doneOn ?? given}T08:00:00+07:00`,
    });
  }
  return { tasks, notes };
}

type ReportRowD = {
  id: string; org_id: string; partner_unit_id: string | null; month: string; submitted_on: string; submitted_at: string;
  submitted_by: string | null; difficulties: string; proposals: string;
};

const DIFFICULTIES = ['Thời tiết mưa nhiều, ảnh hưởng tiến độ làm đường', 'Một số hộ còn chưa tích cực tham gia', 'Không có khó khăn lớn', ''];
const PROPOSALS = ['Đề nghị xã hỗ trợ xi măng làm đường nội bản', 'Đề nghị mở lớp tập huấn kỹ thuật chăn nuôi', '', ''];

/** The weak cell of the follow-through: a small village cell whose women's union is behind on the commune's task. */
export const WEAK_CELL = 'huoi-pha';

/** A month's reporting units as the monthly reports module gives them: who must report, and by which day. */
export type MonthUnits = { month: string; items: { unitId: string; unitKind: 'cell' | 'partner'; orgId: string; dueOn: string }[] };

/**
 * Monthly reports of the three months before today's and of today's month, for the units the module expects each
 * month, by the due days it computes. Each unit means to report on a day drawn around its due day — most up to three
 * days before it, about one in ten one to four days after — and its report is in when that day is before today: the
 * past months are in, a few late; today's month is in for the units already due (a late one may still be awaited),
 * partly for those due within days, not yet for the others. Last month the weak cell (Huổi Phạ) and its women's union
 * never reported; this month its women's union and one other partner unit have not either.
 */
export function generateReports(data: DemoData, months: MonthUnits[]): ReportRowD[] {
  const rng = new Rng(data.seed, 'followup-reports');
  const out: ReportRowD[] = [];
  const thisMonth = data.today.slice(0, 7);
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  const weak = data.cellIds[WEAK_CELL];
  const kindOf = new Map(data.partnerUnits.map((u) => [u.id, u.kind]));
  const byOf = new Map<string, string | null>();
  const by = (cellId: string) => {
    if (!byOf.has(cellId)) {
      const secretary = data.positions.find((p) => p.org_id === cellId && p.title === 'cell_secretary' && p.ended_on === null)?.person_id;
      byOf.set(cellId, secretary ? data.accounts.find((a) => a.person_id === secretary)?.id ?? null : null);
    }
    return byOf.get(cellId)!;
  };
  for (const { month, items } of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    const units = [...items].sort((a, b) => a.orgId.localeCompare(b.orgId) || a.unitKind.localeCompare(b.unitKind) || a.unitId.localeCompare(b.unitId));
    // The weak cell's women's union (or, without one expected, its first partner unit).
    const weakPartners = units.filter((u) => u.orgId === weak && u.unitKind === 'partner');
    const weakPartner = (weakPartners.find((u) => kindOf.get(u.unitId) === 'women') ?? weakPartners[0])?.unitId;
    const missing = new Set<string>();
    if (month === lastMonth) {
      missing.add(weak);
      if (weakPartner) missing.add(weakPartner);
    } else if (month === thisMonth) {
      if (weakPartner) missing.add(weakPartner);
      const others = units.filter((u) => u.unitKind === 'partner' && u.orgId !== weak && u.orgId !== data.cellIds['phieng-loi']);
      if (others.length) missing.add(rng.pick(others).unitId);
    }
    for (const u of units) {
      const late = rng.chance(0.1);
      const on = late ? addDays(u.dueOn, rng.int(1, 4)) : addDays(u.dueOn, -rng.int(0, 3));
      const difficulties = rng.pick(DIFFICULTIES);
      const proposals = rng.pick(PROPOSALS);
      const id = rng.uuid();
      if (missing.has(u.unitId) || on >= data.today) continue;
      out.push({
        id, org_id: u.orgId, partner_unit_id: u.unitKind === 'partner' ? u.unitId : null, month, submitted_on: on,
        submitted_at: `${on}T16:00:00+07:00`, submitted_by: by(u.orgId), difficulties, proposals,
      });
    }
  }
  return out;
}

/**
 * Writes the follow-through (after the meetings it comes from): the tasks with their notes (the status, the day done
 * and the reason dropped follow from the notes), the monthly reports, the dissemination, the notifications.
 */
export async function insertFollowup(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const f = generateFollowup(data);
  const admin = await actorOf(q, data, 'admin');
  await writePastTasks(q, admin, f.tasks.map((t) => ({
    id: t.id, orgId: t.org_id, meetingId: t.meeting_id, title: t.title, ownerLabel: t.owner_label, dueOn: t.due_on,
    owner: { kind: t.owner_kind as OwnerKind, orgId: t.owner_org_id, personId: t.owner_person_id, partnerId: t.owner_partner_id },
    at: new Date(t.created_at), updatedAt: new Date(t.updated_at),
  })), f.notes.map((n) => ({
    id: n.id, taskId: n.task_id, on: n.noted_on, body: n.body, status: n.status as StoredTaskStatus | null, meetingId: n.meeting_id,
    at: new Date(n.created_at),
  })), data.today);
  // The units that report each month and their due days, as the module computes them from the meetings and tasks just written.
  const { year, month } = parseIsoDate(data.today);
  const months: MonthUnits[] = [];
  for (const back of [3, 2, 1, 0]) {
    const m = addMonths(year, month, -back);
    const view = await monthAsOf(q, data.rootId, `${m.year}-${String(m.month).padStart(2, '0')}`, data.today);
    if (view) months.push(view);
  }
  await writePastReports(q, generateReports(data, months).map((r) => ({
    id: r.id, orgId: r.org_id, partnerId: r.partner_unit_id, month: r.month, submittedOn: r.submitted_on, at: new Date(r.submitted_at),
    submittedBy: r.submitted_by, difficulties: r.difficulties, proposals: r.proposals,
  })), data.today);
  await insertDirectivesDemo(db, q, data);
  await insertNotificationsDemo(db, q, data);
}
