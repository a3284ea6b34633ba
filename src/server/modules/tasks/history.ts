// Tasks written as they happened, after the fact (the demo's past): many tasks and their progress notes at once, with
// the times given, under the rules of giving a task (createTask), tracking a resolution's tasks (trackResolutionTasks)
// and noting progress (applyNote): the status, the day done and the reason dropped follow from the notes.
import type { Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Invalid, NotFound } from '../../errors';
import { auditMany } from '../../audit';
import type { StoredTaskStatus } from '../../../domain/followup/tasks';
import * as sql from './queries';
import { checkOwnerScope, noteOf, taskTitle } from './service';

export type PastTask = {
  id: string; orgId: string; meetingId: string | null; title: string; owner: sql.OwnerRef; ownerLabel: string | null; dueOn: string | null;
  /** When it was given (or tracked, for a resolution's task) and when it last changed. */
  at: Date; updatedAt: Date;
};
export type PastNote = { id: string; taskId: string; on: string; body: string; status: StoredTaskStatus | null; meetingId: string | null; at: Date };

/**
 * Writes tasks with their notes. A task of a meeting is its cell's, from an approved resolution; a task given directly
 * has a title of at least 3 letters; the giver is active and the owner lies in its subtree (a member with an open
 * membership, an active partner unit, an active cell). A note is dated no later than `today`, has words (a drop its
 * reason) and moves the status as a note does in the app. The records name no author (the paper record names none);
 * the audit entries (a task given directly, each note) are `who`'s. Refuses the whole batch on the first broken rule.
 */
export async function writePastTasks(q: Queryable, who: Principal, tasks: PastTask[], notes: PastNote[], today: string): Promise<void> {
  const orgIds = [...new Set(tasks.flatMap((t) => [t.orgId, t.owner.orgId]))];
  const [orgs, meetings, members, partners] = await Promise.all([
    sql.orgsByIds(q, orgIds),
    sql.meetingsByIds(q, [...new Set(tasks.flatMap((t) => (t.meetingId ? [t.meetingId] : [])))]),
    sql.openMemberships(q, [...new Set(tasks.flatMap((t) => (t.owner.personId ? [t.owner.personId] : [])))]),
    sql.activePartners(q, [...new Set(tasks.flatMap((t) => (t.owner.partnerId ? [t.owner.partnerId] : [])))]),
  ]);
  const org = new Map(orgs.map((o) => [o.id, o]));
  const meeting = new Map(meetings.map((m) => [m.id, m]));
  const partnerOrg = new Map(partners.map((p) => [p.id, p.org_id]));
  const memberIn = new Set(members.map((m) => `${m.person_id}|${m.org_id}`));
  for (const t of tasks) {
    const giver = org.get(t.orgId);
    if (!giver) throw NotFound('org_not_found');
    if (giver.status !== 'active') throw Invalid('org_inactive');
    const title = t.meetingId ? t.title.trim() : taskTitle(t.title);
    if (!title) throw Invalid('validation', { detail: 'title' });
    if (t.meetingId) {
      const m = meeting.get(t.meetingId);
      if (!m) throw NotFound('meeting_not_found');
      if (m.org_id !== t.orgId || m.status !== 'approved' || giver.kind !== 'cell') throw Invalid('task_not_of_cell', { title });
    }
    const owner = org.get(t.owner.orgId);
    const ok = !!owner && owner.status === 'active' && (
      t.owner.kind === 'member' ? !!t.owner.personId && memberIn.has(`${t.owner.personId}|${t.owner.orgId}`)
        : t.owner.kind === 'partner' ? !!t.owner.partnerId && partnerOrg.get(t.owner.partnerId) === t.owner.orgId
          : owner.kind === 'cell');
    if (!ok) throw Invalid('task_owner_not_found');
    checkOwnerScope(giver, owner!.path);
  }

  // The notes, in the order they were made, move each task's status as in the app.
  const state = new Map(tasks.map((t) => [t.id, { status: 'open' as StoredTaskStatus, doneOn: null as string | null, dropReason: null as string | null }]));
  const rows: sql.PastNoteRow[] = [];
  const ordered = [...notes].sort((a, b) => a.on.localeCompare(b.on) || a.at.getTime() - b.at.getTime());
  for (const n of ordered) {
    const s = state.get(n.taskId);
    if (!s) throw NotFound('task_not_found');
    // The words of a drop are its reason.
    const { body, status } = noteOf({ body: n.body, status: n.status ?? undefined, dropReason: n.status === 'dropped' ? n.body : undefined, on: n.on },
      s.status, today);
    if (status) Object.assign(s, { status, doneOn: status === 'done' ? n.on : null, dropReason: status === 'dropped' ? body : null });
    rows.push({ id: n.id, taskId: n.taskId, notedOn: n.on, body, status, meetingId: n.meetingId, authorId: null, createdAt: n.at });
  }

  await sql.insertPastTasks(q, tasks.map((t) => ({
    id: t.id, orgId: t.orgId, meetingId: t.meetingId, title: t.title.trim(), owner: t.owner, ownerLabel: t.ownerLabel, dueOn: t.dueOn,
    ...state.get(t.id)!, createdBy: null, createdAt: t.at, updatedAt: t.updatedAt,
  })));
  await sql.insertPastNotes(q, rows);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  await auditMany(q, [
    ...tasks.filter((t) => !t.meetingId).map((t) => ({
      accountId: who.accountId, action: 'task.create' as const, entity: 'task', entityId: t.id, orgPath: org.get(t.orgId)!.path,
      summary: t.title.trim(), after: { title: t.title.trim(), owner: { kind: t.owner.kind, id: t.owner.personId ?? t.owner.partnerId ?? t.owner.orgId }, due: t.dueOn ?? 'regular' },
    })),
    ...rows.map((n) => {
      const t = byId.get(n.taskId)!;
      return { accountId: who.accountId, action: 'task.note' as const, entity: 'task', entityId: t.id, orgPath: org.get(t.owner.orgId)!.path,
        summary: t.title.trim(), after: { body: n.body, status: n.status ?? undefined, on: n.notedOn } };
    }),
  ]);
}
