// Before the meeting: invitations, the agenda from the template, and the HD 42 preparation checklist.
import { reviewText } from '../tasks/service';
import type { Db, Queryable } from '../../db/index';
import { scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';
import { agendaTemplate, REGULAR_KINDS } from '../../../domain/meetings/index';
import { loadEditable, MEETING_CAPS, touch, type MeetingRow, type TaskParts } from './common';
import { meetingDetail } from './presenters';
import { partnerTitle } from './wording';
import { formatDueVi } from '../../../domain/dates';
import * as sql from './queries-prep';
import { autoInvite } from './roster';

export { autoInvite, liveInvitations, refreshRoster, rosterFor } from './roster';

/** Two texts that differ only in case, spacing or final punctuation are the same task. */
const sameText = (s: string | undefined) => cleanName(s ?? '').toLocaleLowerCase('vi').replace(/[\s.;,]+$/u, '');

/**
 * Open tasks to review at this meeting: those of the cell's last regular-kind meeting (regular, combined,
 * expanded) held before it, and of any other meeting held since (a separate thematic or extraordinary one
 * that assigned tasks), oldest first, each task once.
 */
export async function openTasksBefore(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<TaskParts[]> {
  const held = await sql.heldSinceLastRegular(q, m);
  const seen = new Set<string>();
  const out: TaskParts[] = [];
  for (const t of held.flatMap((x) => x.resolution?.tasks ?? [])) {
    if (t.done) continue;
    const key = `${sameText(t.assignee)}|${sameText(t.content)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The order of business for the meeting's type; last meeting's open tasks go under the monthly review. */
export async function seedAgenda(q: Queryable, m: MeetingRow): Promise<void> {
  const tracked = REGULAR_KINDS.includes(m.type) ? await reviewText(q, m) : null;
  const open = REGULAR_KINDS.includes(m.type) && tracked === null ? await openTasksBefore(q, m) : [];
  const review = tracked ? tracked : open.length
    ? 'Nhiệm vụ kỳ trước cần đánh giá:\n' + open.map((t) => `- ${t.assignee}: ${t.content}${t.due ? ` (hạn ${formatDueVi(t.due)})` : ''}`).join('\n')
    : '';
  let position = 0;
  for (const item of agendaTemplate(m.type)) {
    position += 10;
    const content = item.key === 'monthly_review' ? review : item.key === 'topic' && m.topic ? m.topic : '';
    await sql.insertAgendaItem(q, { meetingId: m.id, position, templateKey: item.key, title: item.title, content });
  }
}

export type PreparationInput = {
  contentPreparerId?: string | null; resolutionPreparerId?: string | null; committeeMeetingOn?: string | null;
  contentAgreed?: boolean; noticeSent?: boolean; documentsReady?: boolean; note?: string | null;
};

export async function updatePreparation(db: Db, who: Principal, id: string, input: PreparationInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await sql.preparationOf(q, id);
    await sql.ensurePreparation(q, id);
    const changes: sql.PreparationChanges = {};
    for (const personId of [input.contentPreparerId, input.resolutionPreparerId]) {
      if (personId) {
        if (!(await sql.isInvited(q, id, personId))) throw Invalid('meeting_not_invited', { name: await personName(q, who, personId) });
      }
    }
    if (input.contentPreparerId !== undefined) changes.content_preparer_id = input.contentPreparerId;
    if (input.resolutionPreparerId !== undefined) changes.resolution_preparer_id = input.resolutionPreparerId;
    if (input.committeeMeetingOn !== undefined) changes.committee_meeting_on = input.committeeMeetingOn;
    if (input.contentAgreed !== undefined) changes.content_agreed = input.contentAgreed;
    if (input.note !== undefined) changes.note = input.note?.trim() || null;
    await sql.updatePreparation(q, id, changes);
    if (input.noticeSent !== undefined) {
      // Sending the notice also brings the list of those summoned up to date (members who joined since planning).
      if (input.noticeSent) await autoInvite(q, m);
      await sql.markMeetingStep(q, id, 'notice_sent_at', input.noticeSent);
    }
    if (input.documentsReady !== undefined) {
      await sql.markMeetingStep(q, id, 'documents_ready_at', input.documentsReady);
    }
    await touch(q, id);
    await audit(q, who, { action: 'meeting.prepare', entity: 'meeting', entityId: id, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

/**
 * How a refusal names a person the caller picked: by name only when the caller may already read that
 * person (themself, or a current member of a unit in the caller's org.read scope); otherwise "Người được
 * chọn", so an error never tells a name to whoever sends any person id.
 */
export async function personName(q: Queryable, who: Principal, personId: string): Promise<string> {
  const hidden = 'Người được chọn';
  const scopes = scopesFor(who, 'org.read');
  if (who.personId !== personId && scopes !== null && scopes.length === 0) return hidden;
  const p = await sql.visibleName(q, personId, { all: scopes === null, self: who.personId, scopes: scopes ?? [] });
  return p ? `Đồng chí ${p.full_name}` : hidden;
}

// Agenda items.

export async function addAgendaItem(db: Db, who: Principal, id: string, input: { title: string; content?: string; position?: number }) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const last = await sql.agendaExtent(q, id);
    // A bounded document: a cell meeting has a handful of items (HD 12-HD/BTCTW), never hundreds.
    if ((last?.n ?? 0) >= MEETING_CAPS.agendaItems) throw Conflict('meeting_too_many', { what: 'nội dung sinh hoạt', whatEn: 'agenda items', max: MEETING_CAPS.agendaItems });
    const position = input.position ?? (last?.max ?? 0) + 10;
    const itemId = await sql.insertAgendaItem(q, { meetingId: id, position, templateKey: null, title: input.title.trim(), content: input.content?.trim() ?? '' });
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_add', entity: 'agenda_item', entityId: itemId, orgPath: m.org_path, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function updateAgendaItem(
  db: Db, who: Principal, id: string, itemId: string,
  input: { title?: string; content?: string; conclusion?: string | null; position?: number },
) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await sql.agendaItem(q, id, itemId);
    if (!before) throw NotFound();
    await sql.updateAgendaItem(q, id, itemId, {
      title: input.title?.trim() ?? null, content: input.content ?? null, conclusion: input.conclusion === undefined ? undefined : input.conclusion?.trim() || null,
      position: input.position ?? null,
    });
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_update', entity: 'agenda_item', entityId: itemId, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function deleteAgendaItem(db: Db, who: Principal, id: string, itemId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const item = await sql.agendaItem(q, id, itemId);
    if (!item) throw NotFound();
    const before = { title: item.title, content: item.content };
    await sql.deleteAgendaItem(q, itemId);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_delete', entity: 'agenda_item', entityId: itemId, orgPath: m.org_path, before });
    return meetingDetail(q, who, id);
  });
}

// Invitations.

export async function syncInvitations(db: Db, who: Principal, id: string) {
  return db.tx(async (q) => {
    // The roster brought up to date here (not by loadEditable), to count whom it adds.
    const m = await loadEditable(q, id, { roster: false });
    const added = await autoInvite(q, m);
    await audit(q, who, { action: 'meeting.invite_sync', entity: 'meeting', entityId: id, orgPath: m.org_path, after: { added } });
    return meetingDetail(q, who, id);
  });
}

export type GuestInput = { personId?: string; partnerContactId?: string; partnerUnitId?: string; name?: string; title?: string };

/** A guest: a partner unit's contact, a known person, a unit's representative, or a free name. */
export async function addGuest(db: Db, who: Principal, id: string, input: GuestInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    let personId = input.personId ?? null;
    let partnerUnitId = input.partnerUnitId ?? null;
    let name = input.name ? cleanName(input.name) : '';
    let title = input.title?.trim() || null;
    if (input.partnerContactId) {
      const c = await sql.partnerContact(q, input.partnerContactId);
      if (!c) throw NotFound('partner_not_found');
      personId = c.person_id;
      partnerUnitId = c.partner_unit_id;
      name = c.full_name;
      // The minutes must say which association: 'Chi hội trưởng' → 'Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi'.
      title = title ?? partnerTitle(c.title, c.unit_name);
    } else if (personId) {
      const fullName = await sql.fullName(q, personId);
      if (fullName === null) throw NotFound('person_not_found');
      name = fullName;
    }
    if (partnerUnitId && !title) {
      const unitName = await sql.partnerUnitName(q, partnerUnitId);
      if (unitName === null) throw NotFound('partner_not_found');
      title = unitName;
    }
    if (!name && !title) throw Invalid('invitation_guest_name');
    if (personId) {
      if (await sql.isInvited(q, id, personId)) throw Conflict('invitation_exists', { name });
    }
    const invitationId = await sql.insertGuest(q, { meetingId: id, personId, partnerUnitId, name, title });
    await touch(q, id);
    await audit(q, who, { action: 'meeting.invite', entity: 'invitation', entityId: invitationId, orgPath: m.org_path, summary: name || title || '', after: input });
    return meetingDetail(q, who, id);
  });
}

export async function removeInvitation(db: Db, who: Principal, id: string, invitationId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const inv = await sql.invitation(q, id, invitationId);
    if (!inv) throw NotFound();
    if (inv.person_id && (inv.person_id === m.chair_id || inv.person_id === m.recorder_id)) {
      throw new RuleRefusal(409, 'meeting_rule', 'invitee_presides', { name: inv.name });
    }
    await sql.deleteInvitation(q, invitationId);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.uninvite', entity: 'invitation', entityId: invitationId, orgPath: m.org_path, before: inv });
    return meetingDetail(q, who, id);
  });
}
