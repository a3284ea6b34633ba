// Section: the notifications demo — unread notifications for the secretary of Phiêng Lơi (lvtruong), the committee
// member in charge (tvkhay) and the commune's leader (pqdon), made from the demo's own tasks, documents and meetings,
// with the words the running app would use (kind and params; the text is made when read), made through the
// notifications module (notify, dated in the story, no outside channel). The events the demo's history logged count as
// notified (passEventsSoFar): these are the notifications its past made.
import type { Queryable } from '../db/index';
import { notify } from '../modules/notifications/notify';
import { passEventsSoFar } from '../modules/notifications/events';
import type { NotificationKind, NotificationParams } from '../../domain/followup/notifications';
import type { DemoData } from './types';
import { SCORE_LEVEL_LABELS, type ScoreLevel } from '../../domain/meetings/scoring';

export async function insertNotificationsDemo(q: Queryable, data: DemoData): Promise<void> {
  const pl = data.cellIds['phieng-loi'];
  const acc = async (username: string) => (await q.one<{ id: string; person_id: string | null }>('SELECT id, person_id FROM accounts WHERE username = $1', [username]));
  const now = Date.now();
  const add = async (username: string, kind: NotificationKind, params: NotificationParams, link: string, key: string, hoursAgo: number) => {
    const a = await acc(username);
    if (!a) return;
    await notify(q, [{ personId: a.person_id, accountId: a.id }], kind, params, link, key, [], new Date(now - hoursAgo * 3_600_000));
  };
  await passEventsSoFar(q);
  // lvtruong: his cell's overdue tasks, and the document his cell still has to disseminate.
  const overdue = await q.query<{ id: string; title: string; due_on: string }>(
    `SELECT id, title, due_on FROM tasks WHERE owner_org_id = $1 AND owner_kind IN ('cell', 'cell_committee') AND status IN ('open', 'in_progress')
        AND due_on < $2::date ORDER BY due_on DESC LIMIT 2`, [pl, data.today]);
  for (const [i, t] of overdue.entries()) await add('lvtruong', 'task_overdue', { title: t.title, due: t.due_on }, `/tasks/${t.id}`, `task_overdue:${t.id}:${t.due_on}`, 3 + i);
  const docs = await q.query<{ id: string; number: string; by: string }>(
    `SELECT d.id, d.number, d.disseminate_by AS by FROM directive_documents d
      WHERE d.disseminate_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM disseminations s WHERE s.document_id = d.id AND s.org_id = $1)`, [pl]);
  for (const d of docs) {
    const kind = d.by < data.today ? 'dissemination_overdue' : 'dissemination_due';
    await add('lvtruong', kind, { number: d.number, org: 'Chi bộ bản Phiêng Lơi', by: d.by }, `/orgs/${pl}/documents/${d.id}`, `${kind}:${d.id}:${pl}`, 20);
  }
  // tvkhay: the notice of the next meeting of a cell he is in charge of.
  const next = await q.one<{ id: string; date: string; start_time: string; location: string | null; org: string }>(
    `SELECT m.id, m.date, m.start_time, m.location, o.name AS org FROM meetings m JOIN orgs o ON o.id = m.org_id
      WHERE m.org_id = $1 AND m.status IN ('planned', 'moved') AND m.date >= $2::date ORDER BY m.date LIMIT 1`, [pl, data.today]);
  if (next) {
    await add('tvkhay', 'meeting_notice', { org: next.org, date: next.date, time: next.start_time, location: next.location }, `/meetings/${next.id}`,
      `meeting_notice:${next.id}`, 30);
  }
  // tvkhay: the scores of meetings he attended that wait for his confirmation (what the running app tells him).
  const khay = await acc('tvkhay');
  const waiting = khay?.person_id ? await q.query<{ id: string; date: string; org: string; total: number; level: string }>(
    `SELECT m.id, m.date::text AS date, o.name AS org, s.total::float AS total, s.level
       FROM meeting_scores s JOIN meetings m ON m.id = s.meeting_id JOIN orgs o ON o.id = m.org_id
       JOIN org_overseers v ON v.org_id = m.org_id AND v.person_id = $1 AND v.ended_on IS NULL
       JOIN invitations i ON i.meeting_id = m.id AND i.person_id = $1
       JOIN attendance a ON a.invitation_id = i.id AND a.status IN ('present', 'late', 'left_early')
      WHERE s.confirmed_at IS NULL ORDER BY m.date DESC LIMIT 2`, [khay.person_id]) : [];
  for (const [i, w] of waiting.entries()) {
    await add('tvkhay', 'score_waiting', { org: w.org, date: w.date, total: w.total, label: SCORE_LEVEL_LABELS[w.level as ScoreLevel] ?? w.level },
      `/meetings/${w.id}`, `score_waiting:${w.id}:demo`, 10 + i);
  }
  // pqdon: the cells still not done with an overdue document.
  const late = await q.query<{ id: string; number: string; by: string; cell_id: string; cell: string }>(
    `SELECT d.id, d.number, d.disseminate_by AS by, c.id AS cell_id, c.name AS cell
       FROM directive_documents d JOIN orgs c ON c.kind = 'cell' AND c.status = 'active'
      WHERE d.disseminate_by < $1::date AND NOT EXISTS (SELECT 1 FROM disseminations s WHERE s.document_id = d.id AND s.org_id = c.id)
      ORDER BY c.name LIMIT 3`, [data.today]);
  for (const [i, r] of late.entries()) {
    await add('pqdon', 'dissemination_overdue', { number: r.number, org: r.cell, by: r.by }, `/documents/${r.id}`, `dissemination_overdue:${r.id}:${r.cell_id}`, 5 + i);
  }
}
