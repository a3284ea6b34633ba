// A remedy required by a conclusion (QĐ 296-QĐ/TW 2025: "the subject remedies its shortcomings by a deadline, the
// committee verifies") is followed as a task of the tasks module: the committee that ran the item gives it, the
// member named as owner (else the subject: member, the cell's committee, the cell) owns it, with the remedy's
// deadline. The two stay in step: the owner marking the task done reports the remedy done; reporting the remedy
// done marks the task done; the committee's verification is noted on the task. A remedy cannot be dropped from the
// task list, and a verified one cannot be reopened.
import type { Queryable } from '../../db/index';
import { Invalid } from '../../errors';
import { insertNote, resolveOwner, insertTask, type OwnerRef } from '../tasks/queries';
import type { StoredTaskStatus } from '../../../domain/followup/tasks';
import * as Q from './queries';

/** Creates the task of every remedy of the item that has none yet; returns how many were created. */
export async function linkRemedyTasks(q: Queryable, itemId: string, createdBy: string | null): Promise<number> {
  const rows = await Q.remediesWithoutTask(q, itemId);
  for (const r of rows) {
    const personId = r.owner_person_id ?? r.subject_person_id;
    let owner: OwnerRef = {
      kind: r.subject_kind === 'cell_committee' ? 'cell_committee' : 'cell', orgId: r.subject_org_id, personId: null, partnerId: null,
    };
    if (personId) {
      const found = await resolveOwner(q, 'member', personId);
      owner = found?.ref ?? { kind: 'member', orgId: r.subject_org_id, personId, partnerId: null };
    }
    const taskId = await insertTask(q, {
      orgId: r.org_id, meetingId: null, title: r.content, owner, ownerLabel: r.owner_name, dueOn: r.due_on,
      status: r.status === 'open' ? 'open' : 'done', createdBy,
    });
    if (r.status !== 'open' && taskId) {
      // A remedy already reported (or verified) brings its report and the verification as the task's notes.
      const day = (d: Date | null) => (d ? new Date(new Date(d).getTime() + 7 * 3600_000).toISOString().slice(0, 10) : null);
      await Q.setRemedyTaskDoneOn(q, taskId, day(r.reported_at));
      await insertNote(q, { taskId, notedOn: day(r.reported_at)!, body: r.done_note ?? 'Báo cáo đã khắc phục xong.', status: 'done', meetingId: null, authorId: createdBy });
      if (r.status === 'verified') {
        await insertNote(q, { taskId, notedOn: day(r.verified_at)!, meetingId: null, authorId: createdBy, status: null,
          body: `Đảng ủy đã xác minh việc khắc phục${r.verification_note ? `: ${r.verification_note}` : '.'}` });
      }
    }
    await Q.setRemedyTask(q, r.id, taskId);
  }
  return rows.length;
}

/**
 * Called by the tasks module before a task's status changes. Done reports the remedy done (the note is its report);
 * reopening takes a reported remedy back to open; dropping, or reopening a verified remedy, is refused.
 */
export async function onRemedyTaskStatus(
  q: Queryable, taskId: string, status: StoredTaskStatus, note: string, accountId: string | null,
): Promise<void> {
  const link = await Q.remedyOfTask(q, taskId);
  if (!link) return;
  if (status === 'dropped') throw Invalid('task_remedy_cannot_drop');
  if (link.status === 'verified') throw Invalid('task_remedy_verified');
  if (status === 'done' && link.status === 'open') {
    await Q.reportRemedy(q, link.remedy_id, accountId, note);
  } else if (status !== 'done' && link.status === 'reported') {
    await Q.reopenRemedy(q, link.remedy_id);
  }
}

/** Called by the tasks module when the committee changes a remedy's task: the remedy keeps the same deadline and words. */
export async function onRemedyTaskEdited(q: Queryable, taskId: string, set: { title?: string; dueOn?: string | null }): Promise<void> {
  const link = await Q.remedyOfTask(q, taskId);
  if (!link) return;
  if (set.dueOn === null) throw Invalid('task_remedy_needs_due');
  await Q.editRemedy(q, link.remedy_id, { content: set.title ?? null, dueOn: set.dueOn ?? null });
}
