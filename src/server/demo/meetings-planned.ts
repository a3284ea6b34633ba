// The meetings that were not held: the planned ones from today on (summoned, agenda from the template with
// last meeting's open tasks, preparation partly done) and the one cancelled on the day.
import { addDays, daysBetween } from '../../domain/dates';
import { agendaTemplate, REGULAR_KINDS, OVERSEER_TITLE } from '../../domain/meetings/index';
import { openTasksText } from './meetings-agenda';
import type { Slot } from './meetings-plan';
import { ymOf, type Summoned } from './meetings-roster';
import { at, type Session } from './meetings-session';
import { upperDocument } from './meetings-text';
import type { CellSpec } from './story';
import type { TaskParts } from '../modules/meetings/history';

/** What a cell's earlier meetings leave for the next: document numbers per scope ('year:2026', 'term:2025-04-20'), the last held meeting. */
export interface CellState {
  seq: Map<string, number>;
  lastHeld: { date: string; tasks: TaskParts[]; nq: string } | null;
  lastRegular: string;
}

/** Where a cell meets: the village or street's cultural house, or the office. */
export function location(spec: CellSpec): string {
  return spec.type === 'office' ? spec.place : `Nhà văn hóa ${spec.place.charAt(0).toLocaleLowerCase('vi')}${spec.place.slice(1)}`;
}

/** Meetings further ahead than this have their preparers at most: the committee has not met on them yet. */
const PREPARED_WITHIN_DAYS = 12;

/**
 * A planned (or moved) meeting from today on (November 2026 on DEMO_TODAY), or the cancelled one:
 * summoned as on today, agenda seeded, preparation partly done.
 */
export function notHeld(ses: Session, slot: Slot, st: CellState): void {
  const { rng, roster, out } = ses;
  const today = ses.cal.today;
  const spec = roster.specs.get(slot.cellKey)!;
  const id = rng.uuid();
  const cancelled = slot.status === 'cancelled';
  const createdAt = at(cancelled ? addDays(slot.date, -20) : addDays(today, -rng.pick([20, 12, 6])), '08:00');
  const account = slot.cellKey === 'phieng-loi' ? roster.accountOf.get(roster.d.storyPeople.truong) ?? null : null;
  const summoned: Summoned[] = roster.membersOn(slot.cellId, cancelled ? slot.date : today);
  const ids = new Set(summoned.map((s) => s.personId));
  for (const s of summoned) {
    out.invitations.push({
      id: rng.uuid(), meeting_id: id, role: s.state === 'active' ? 'member' : 'exempt', person_id: s.personId, partner_unit_id: null,
      name: s.name, title: null, standing: s.standing, member_state: s.state, created_at: createdAt,
    });
  }
  for (const o of roster.overseersOn(slot.cellId, slot.date).filter((x) => !ids.has(x.personId))) {
    out.invitations.push({
      id: rng.uuid(), meeting_id: id, role: 'overseer', person_id: o.personId, partner_unit_id: null, name: o.name,
      title: OVERSEER_TITLE, standing: null, member_state: null, created_at: createdAt,
    });
  }
  const review = REGULAR_KINDS.includes(slot.type) && st.lastHeld ? openTasksText(st.lastHeld.tasks) : '';
  agendaTemplate(slot.type).forEach((t, i) => out.agendaItems.push({
    id: rng.uuid(), meeting_id: id, position: (i + 1) * 10, template_key: t.key, title: t.title,
    content: t.key === 'monthly_review' ? review : t.key === 'topic' && slot.topic ? slot.topic : '', conclusion: null, created_at: createdAt,
  }));
  // Preparation: nothing yet, preparers and the committee's meeting, or everything down to the notice and documents.
  const secretary = roster.holders(slot.cellId, today, 'cell_secretary')[0];
  const deputy = roster.holders(slot.cellId, today, 'cell_deputy')[0] ?? secretary;
  const drawn = cancelled ? 3 : slot.cellKey === 'phieng-loi' ? 1 : Number(rng.weighted({ '0': 4, '1': 1, '2': 3, '3': 3 }));
  const stage = !cancelled && daysBetween(today, slot.date) > PREPARED_WITHIN_DAYS ? Math.min(drawn, 1) : drawn;
  const committeeOn = stage >= 2 ? addDays(slot.date, cancelled ? -5 : -rng.int(4, 6)) : null;
  const past = (d: string | null) => (d && d < today ? d : d ? addDays(today, -1) : null);
  // Phiêng Lơi's committee meets four days before the meeting to agree on its content (when that is still ahead).
  const plCommittee = addDays(slot.date, -4);
  out.meetingPreparation.push({
    meeting_id: id, content_preparer_id: stage >= 1 ? secretary : null, resolution_preparer_id: stage >= 1 ? deputy : null,
    committee_meeting_on: past(committeeOn), content_agreed_at: stage >= 2 ? at(past(committeeOn)!, '20:30') : null,
    note: slot.cellKey === 'phieng-loi' && plCommittee >= today
      ? `Chi ủy họp ngày ${plCommittee.slice(8)}/${plCommittee.slice(5, 7)} để thống nhất nội dung và dự thảo nghị quyết` : null,
    updated_at: at(stage >= 2 ? past(committeeOn)! : today, stage >= 2 ? '20:30' : '07:00'),
  });
  // The notice went out two days ago for the meetings of the coming days.
  const noticeOn = stage >= 3 ? (cancelled ? addDays(slot.date, -4) : addDays(today, -2)) : null;
  out.meetings.push({
    id, org_id: slot.cellId, type: slot.type, topic: slot.topic, original_date: slot.originalDate, date: slot.date,
    start_time: slot.time, end_time: null, location: location(spec), status: slot.status === 'approved' ? 'planned' : slot.status,
    move_reason: slot.moveReason, cancel_reason: slot.cancelReason, chair_id: null, recorder_id: null,
    notice_sent_at: noticeOn ? at(noticeOn, '07:30') : null, documents_ready_at: noticeOn ? at(addDays(noticeOn, 1), '16:00') : null,
    quorum_num: 2, quorum_den: 3, documents: noticeOn ? [upperDocument(ymOf(slot.originalDate ?? slot.date))] : [], resolution: {},
    created_by: account, created_at: createdAt, updated_at: cancelled ? at(slot.date, '17:00') : ses.cal.now,
  });
}
