// Section: the notifications demo — unread notifications for the secretary of Phiêng Lơi (lvtruong), the committee
// member in charge (tvkhay) and the commune's leader (pqdon), made from the demo's own tasks, documents and meetings,
// with the words the running app would use (kind and params; the text is made when read), made through the
// notifications module (notify, dated in the story, no outside channel). What each is told is read through the modules'
// services, as that person sees it: the cell's task list, the cell's documents, the committee member's oversight, a
// document's coverage. The events the demo's history logged count as notified (passEventsSoFar): these are the
// notifications its past made.
import { joinTx, type Db, type Queryable } from '../db/index';
import { notify } from '../modules/notifications/notify';
import { passEventsSoFar } from '../modules/notifications/events';
import { listTasks } from '../modules/tasks/service';
import { cellDocuments, documentCoverage, listDocuments } from '../modules/directives/service';
import { myOversight } from '../modules/oversight/service';
import type { NotificationKind, NotificationParams } from '../../domain/followup/notifications';
import type { DemoData } from './types';
import { SCORE_LEVEL_LABELS, type ScoreLevel } from '../../domain/meetings/scoring';
import { actorOf } from './actors';

export async function insertNotificationsDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const inTx = joinTx(db, q);
  const pl = data.cellIds['phieng-loi'];
  const plName = data.orgs.find((o) => o.id === pl)!.name;
  const now = Date.now();
  const add = async (username: string, kind: NotificationKind, params: NotificationParams, link: string, key: string, hoursAgo: number) => {
    const a = data.accounts.find((x) => x.username === username);
    if (!a) return;
    await notify(q, [{ personId: a.person_id, accountId: a.id }], kind, params, link, key, [], new Date(now - hoursAgo * 3_600_000));
  };
  await passEventsSoFar(q);
  // lvtruong: his cell's latest overdue tasks (the cell's own and its committee's), as of the story's day.
  const truong = await actorOf(q, data, 'lvtruong');
  const cellTasks = (await listTasks(inTx, { orgId: pl, ownerId: pl, pageSize: 500 })).items;
  const overdue = cellTasks
    .filter((t) => t.status !== 'done' && t.status !== 'dropped' && t.due !== 'regular' && t.due < data.today)
    .sort((a, b) => (b.due as string).localeCompare(a.due as string)).slice(0, 2);
  for (const [i, t] of overdue.entries()) {
    await add('lvtruong', 'task_overdue', { title: t.title, due: t.due as string }, `/tasks/${t.id}`, `task_overdue:${t.id}:${t.due}`, 3 + i);
  }
  // lvtruong: the documents his cell still has to disseminate.
  for (const d of (await cellDocuments(inTx, truong, pl)).items.filter((x) => !x.meetingId)) {
    const kind = d.deadline < data.today ? 'dissemination_overdue' : 'dissemination_due';
    await add('lvtruong', kind, { number: d.number, org: plName, by: d.deadline }, `/orgs/${pl}/documents/${d.documentId}`,
      `${kind}:${d.documentId}:${pl}`, 20);
  }
  // tvkhay: the notice of the next meeting of a cell he is in charge of, and the scores of meetings he attended that wait
  // for his confirmation (what the running app tells him).
  const khay = await myOversight(inTx, await actorOf(q, data, 'tvkhay'), data.today);
  const next = khay.nextMeetings.find((m) => m.orgId === pl);
  if (next) {
    await add('tvkhay', 'meeting_notice', { org: next.orgName, date: next.date, time: next.startTime, location: next.location },
      `/meetings/${next.meetingId}`, `meeting_notice:${next.meetingId}`, 30);
  }
  for (const [i, w] of khay.scoresToConfirm.slice(0, 2).entries()) {
    await add('tvkhay', 'score_waiting', { org: w.orgName, date: w.date, total: w.total, label: SCORE_LEVEL_LABELS[w.level as ScoreLevel] ?? w.level },
      `/meetings/${w.meetingId}`, `score_waiting:${w.meetingId}:demo`, 10 + i);
  }
  // pqdon: the first cells (by name) still not done with a document past its deadline.
  const don = await actorOf(q, data, 'pqdon');
  const late: { id: string; number: string; by: string; cellId: string; cell: string }[] = [];
  for (const d of (await listDocuments(inTx, don, '')).items.filter((x) => x.disseminateBy && x.disseminateBy < data.today)) {
    for (const c of (await documentCoverage(inTx, don, d.id)).cells.filter((x) => !x.meetingId)) {
      late.push({ id: d.id, number: d.number, by: d.disseminateBy!, cellId: c.orgId, cell: c.orgName });
    }
  }
  late.sort((a, b) => a.cell.localeCompare(b.cell, 'vi') || a.number.localeCompare(b.number));
  for (const [i, r] of late.slice(0, 3).entries()) {
    await add('pqdon', 'dissemination_overdue', { number: r.number, org: r.cell, by: r.by }, `/documents/${r.id}`,
      `dissemination_overdue:${r.id}:${r.cellId}`, 5 + i);
  }
}
