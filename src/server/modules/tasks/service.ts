// Tasks: given by a cell's resolution (tracked when its minutes are approved) or by a committee directly; progress
// notes; the review at the cell's next meeting.
import type { Db, Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { formatDateVi, todayVn } from '../../../domain/dates';
import { matchOwner, parseDue, type OwnerKind, type StoredTaskStatus, type TaskStatus } from '../../../domain/followup/tasks';
import * as sql from './queries';
import { ownerName, presentNote, presentTask } from './presenters';
import { onRemedyTaskEdited, onRemedyTaskStatus } from '../supervision/remedy-tasks';

type OwnerInput = { kind: OwnerKind; id: string };
const dueOn = (due: string) => (due === 'regular' ? null : due);

export async function listTasks(
  db: Db, f: { orgId: string; status?: TaskStatus; ownerKind?: OwnerKind; ownerId?: string; dueMonth?: string; page?: number; pageSize?: number },
) {
  const org = await sql.orgById(db, f.orgId);
  if (!org) throw NotFound('org_not_found');
  const pageSize = f.pageSize ?? 100;
  const { rows, total } = await sql.listTasks(db, {
    today: todayVn(), orgPath: org.path, status: f.status, ownerKind: f.ownerKind, ownerId: f.ownerId, dueMonth: f.dueMonth,
    limit: pageSize, offset: ((f.page ?? 1) - 1) * pageSize,
  });
  return { items: rows.map(presentTask), total };
}

async function load(q: Queryable, id: string) {
  const r = await sql.taskById(q, todayVn(), id);
  if (!r) throw NotFound('task_not_found');
  return r;
}

async function pathOf(q: Queryable, orgId: string): Promise<string> {
  return (await sql.orgById(q, orgId))!.path;
}

export async function taskDetail(q: Queryable, who: Principal, id: string) {
  const r = await load(q, id);
  const notes = await sql.notesOf(q, id);
  return { ...presentTask(r), notes: notes.map(presentNote), canEdit: can(who, 'task.manage', { orgPath: await pathOf(q, r.org_id) }) };
}

/** An owner lies inside the giver's subtree (a cell gives to its members, committee and partners). */
export function checkOwnerScope(giver: { name: string; path: string }, ownerPath: string): void {
  if (!ownerPath.startsWith(giver.path)) throw Invalid('task_owner_out_of_scope', { giver: giver.name });
}

/** A task given directly: its title trimmed, of at least 3 letters. */
export function taskTitle(raw: string): string {
  const title = raw.trim();
  if (title.length < 3) throw Invalid('validation', { detail: 'title' });
  return title;
}

/** The owner, which must lie inside the giver's subtree. */
async function ownerWithin(q: Queryable, giver: { name: string; path: string }, owner: OwnerInput): Promise<sql.OwnerRef> {
  const found = await sql.resolveOwner(q, owner.kind, owner.id);
  if (!found) throw Invalid('task_owner_not_found');
  checkOwnerScope(giver, found.path);
  return found.ref;
}

export async function createTask(db: Db, who: Principal, giverId: string, input: { title: string; owner: OwnerInput; due: string }) {
  return db.tx(async (q) => {
    const giver = await sql.orgById(q, giverId);
    if (!giver) throw NotFound('org_not_found');
    if (giver.status !== 'active') throw Invalid('org_inactive');
    const owner = await ownerWithin(q, giver, input.owner);
    const title = taskTitle(input.title);
    const id = (await sql.insertTask(q, {
      orgId: giverId, meetingId: null, title, owner, ownerLabel: null, dueOn: dueOn(input.due), createdBy: who.accountId,
    }))!;
    await audit(q, who, { action: 'task.create', entity: 'task', entityId: id, orgPath: giver.path, summary: title, after: input });
    return taskDetail(q, who, id);
  });
}

export async function updateTask(db: Db, who: Principal, id: string, input: { title?: string; owner?: OwnerInput; due?: string }) {
  return db.tx(async (q) => {
    const before = await load(q, id);
    const giver = (await sql.orgById(q, before.org_id))!;
    if (!can(who, 'task.manage', { orgPath: giver.path })) throw Invalid('task_edit_giver_only');
    const owner = input.owner ? await ownerWithin(q, giver, input.owner) : null;
    const title = input.title === undefined ? undefined : taskTitle(input.title);
    await onRemedyTaskEdited(q, id, { title, ...(input.due !== undefined ? { dueOn: dueOn(input.due) } : {}) });
    await sql.updateTask(q, id, {
      title: title ?? null, owner, setDue: input.due !== undefined, dueOn: input.due !== undefined ? dueOn(input.due) : null,
    });
    const after = await load(q, id);
    await audit(q, who, { action: 'task.update', entity: 'task', entityId: id, orgPath: giver.path, summary: after.title,
      before: presentTask(before), after: presentTask(after) });
    return taskDetail(q, who, id);
  });
}

type NoteInput = { body: string; status?: StoredTaskStatus; dropReason?: string; on?: string };

/**
 * A progress note as the rules take it: dated no later than today, with words (a drop with its reason, which stands as
 * the words when there are none), and the status it moves the task to (null when the status stays).
 */
export function noteOf(input: NoteInput, current: StoredTaskStatus, today: string) {
  const on = input.on ?? today;
  if (on > today) throw Invalid('task_note_future');
  const reason = input.dropReason?.trim() ?? '';
  if (input.status === 'dropped' && !reason) throw Invalid('task_drop_reason');
  const body = input.body.trim() || (input.status === 'dropped' ? reason : '');
  if (!body) throw Invalid('task_note_empty');
  const status = input.status && input.status !== current ? input.status : null;
  return { on, body, status, reason };
}

/** A dated progress note; it may change the status (done sets the day it was done; dropping needs a reason). */
async function applyNote(q: Queryable, who: Principal, task: sql.TaskRow, input: NoteInput, meetingId: string | null, today: string) {
  const { on, body, status, reason } = noteOf(input, task.status, today);
  // A remedy of an inspection moves with its task (QĐ 296-QĐ/TW: the committee verifies what the owner reports done).
  if (status) await onRemedyTaskStatus(q, task.id, status, body, who.accountId);
  await sql.insertNote(q, { taskId: task.id, notedOn: on, body, status, meetingId, authorId: who.accountId });
  if (status) await sql.setStatus(q, task.id, status, on, reason || null);
  else await sql.touch(q, task.id);
}

/** A progress note inside another module's transaction (a monthly report's result on the task). */
export async function addNoteIn(q: Queryable, who: Principal, id: string, input: NoteInput): Promise<void> {
  await applyNote(q, who, await load(q, id), input, null, todayVn());
}

/** Tasks by id, in the order given, as the API shows them. */
export async function tasksByIds(q: Queryable, ids: string[]) {
  const today = todayVn();
  const rows = await Promise.all(ids.map((id) => sql.taskById(q, today, id)));
  return rows.filter((r): r is sql.TaskRow => !!r).map(presentTask);
}

export async function addNote(db: Db, who: Principal, id: string, input: NoteInput) {
  return db.tx(async (q) => {
    const task = await load(q, id);
    await applyNote(q, who, task, input, null, todayVn());
    await audit(q, who, { action: 'task.note', entity: 'task', entityId: id, orgPath: await pathOf(q, task.owner_org_id),
      summary: task.title, after: input });
    return taskDetail(q, who, id);
  });
}

async function meetingRef(q: Queryable, id: string): Promise<sql.MeetingRef> {
  const m = await sql.meetingRef(q, id);
  if (!m) throw NotFound('meeting_not_found');
  return m;
}

/** The tasks a meeting reviews, with what the cell said about each at this meeting. */
export async function review(q: Queryable, meetingId: string) {
  const m = await meetingRef(q, meetingId);
  const { since, rows } = await sql.tasksToReview(q, todayVn(), m);
  const notes = rows.length ? await sql.notesAtMeeting(q, meetingId, rows.map((r) => r.id)) : [];
  return {
    since,
    items: rows.map((r) => ({ task: presentTask(r), note: notes.filter((n) => n.task_id === r.id).map((n) => n.body).at(-1) ?? null })),
  };
}

/** What the cell said about each task at its meeting becomes the task's progress note, dated the meeting's day. */
export async function saveReview(
  db: Db, who: Principal, meetingId: string, items: { taskId: string; body: string; status?: StoredTaskStatus; dropReason?: string }[],
) {
  return db.tx(async (q) => {
    const m = await meetingRef(q, meetingId);
    if (m.status !== 'held' && m.status !== 'approved') throw Invalid('task_review_not_held');
    const today = todayVn();
    for (const it of items) {
      const task = await load(q, it.taskId);
      if (task.org_id !== m.org_id && task.owner_org_id !== m.org_id) throw Invalid('task_not_of_cell', { title: task.title });
      if (!it.body.trim() && !it.status) continue;
      await applyNote(q, who, task, { body: it.body, status: it.status, dropReason: it.dropReason, on: m.date <= today ? m.date : today }, m.id, today);
    }
    await audit(q, who, { action: 'task.review', entity: 'meeting', entityId: m.id, orgPath: m.org_path, after: items });
    return review(q, meetingId);
  });
}

/**
 * When a cell's minutes are approved, each task of its resolution becomes a tracked task (once: approving a
 * correction adds only tasks that are new). The owner is read from the words of the resolution.
 */
export async function trackResolutionTasks(
  q: Queryable, m: { id: string; org_id: string; org_kind: string; resolution: { tasks?: { content: string; assignee: string; due?: string; done?: boolean }[] } },
  who: Principal | null,
): Promise<number> {
  const tasks = (m.resolution?.tasks ?? []).filter((t) => t.content.trim());
  if (!tasks.length || m.org_kind !== 'cell') return 0;
  const candidates = await sql.ownerCandidates(q, m.org_id);
  let added = 0;
  for (const t of tasks) {
    const match = matchOwner(t.assignee, candidates);
    const id = await sql.insertTask(q, {
      orgId: m.org_id, meetingId: m.id, title: t.content.trim(), ownerLabel: t.assignee.trim() || null, dueOn: parseDue(t.due),
      owner: { kind: match.kind, orgId: m.org_id, personId: match.personId ?? null, partnerId: match.partnerId ?? null },
      status: t.done ? 'done' : 'open', createdBy: who?.accountId ?? null,
    });
    if (id) added += 1;
  }
  return added;
}

/**
 * The text of the monthly review item of a new meeting, from the cell's tracked tasks with their status; null when
 * the cell has none yet or the last minutes are not approved (the item then takes the last resolutions' words).
 */
export async function reviewText(q: Queryable, m: { id: string; org_id: string; date: string }): Promise<string | null> {
  if (!(await sql.hasTasks(q, m.org_id))) return null;
  // Tasks of minutes held but not yet approved are not tracked yet: then the item keeps the resolutions' words.
  if (await sql.hasUntrackedMinutes(q, m)) return null;
  const { rows } = await sql.tasksToReview(q, todayVn(), m);
  if (!rows.length) return '';
  const label: Record<TaskStatus, string> = {
    open: 'chưa thực hiện', in_progress: 'đang thực hiện', done: 'đã hoàn thành', overdue: 'quá hạn', dropped: 'dừng thực hiện',
  };
  return 'Nhiệm vụ cần đánh giá:\n' + rows.map((r) =>
    `- ${ownerName(r)}: ${r.title} (${r.due_on ? `hạn ${formatDateVi(r.due_on)}` : 'thường xuyên'}; ${label[r.shown_status]})`).join('\n');
}

/** The owners a unit may choose from when it gives a task, grouped as a form shows them. */
export async function owners(db: Db, orgId: string) {
  const path = await pathOf(db, orgId);
  const o = await sql.ownersWithin(db, path);
  return [
    ...o.cells.flatMap((c) => [
      { kind: 'cell' as const, id: c.id, name: c.name, orgName: c.name },
      { kind: 'cell_committee' as const, id: c.id, name: `Chi ủy ${c.name}`, orgName: c.name },
    ]),
    ...o.partners.map((p) => ({ kind: 'partner' as const, id: p.id, name: p.name, orgName: p.org_name })),
    ...o.members.map((m) => ({ kind: 'member' as const, id: m.id, name: m.name, orgName: m.org_name })),
  ];
}
