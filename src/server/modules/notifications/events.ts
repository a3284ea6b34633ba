// Events read from the audit log, which every service writes inside its own transaction: a notice sent, a meeting
// moved or cancelled, minutes approved, a score proposed, a task given. Reading it here keeps the modules unaware of notifications, and
// the cursor moves in the same transaction as the notifications it produced: each event notifies once, even with
// several instances (the cursor row is locked while read) or after a restart.
import type { Db, Queryable } from '../../db/index';
import { notify, type Recipient } from './notify';
import * as sql from './queries';
import * as ev from './queries-events';
import * as cursors from './queries-jobs';
import { SCORE_LEVEL_LABELS, type ScoreLevel } from '../../../domain/meetings/scoring';

type AuditRow = ev.AuditEventRow;
const meetingOf = ev.meetingOf;
const ACTIONS = ['meeting.prepare', 'meeting.move', 'meeting.cancel', 'meeting.approve', 'meeting.score', 'task.create'] as const;
const CURSOR = 'audit_events';

const people = (rows: { person_id: string }[]): Recipient[] => rows.map((r) => ({ personId: r.person_id }));
const accounts = (rows: { person_id: string | null; account_id: string }[]): Recipient[] => rows.map((r) => ({ personId: r.person_id, accountId: r.account_id }));

async function onEvent(q: Queryable, e: AuditRow, outside: readonly string[]) {
  const id = e.entity_id;
  if (!id) return;
  if (e.action === 'meeting.prepare' && e.after?.noticeSent === true) {
    const m = await meetingOf(q, id);
    if (!m || m.status === 'cancelled') return;
    await notify(q, people(await sql.inviteesOf(q, id)), 'meeting_notice',
      { org: m.org, date: m.date, time: m.start_time, location: m.location }, `/meetings/${id}`, `meeting_notice:${id}`, outside);
  } else if (e.action === 'meeting.move') {
    const m = await meetingOf(q, id);
    if (!m) return;
    const from = String((e.before as { date?: string } | null)?.date ?? '');
    await notify(q, people(await sql.inviteesOf(q, id)), 'meeting_moved',
      { org: m.org, from, date: m.date, time: m.start_time, location: m.location, reason: m.move_reason }, `/meetings/${id}`, `meeting_moved:${id}:${m.date}`, outside);
  } else if (e.action === 'meeting.cancel') {
    const m = await meetingOf(q, id);
    if (!m) return;
    await notify(q, people(await sql.inviteesOf(q, id)), 'meeting_cancelled',
      { org: m.org, date: m.date, reason: m.cancel_reason }, `/meetings/${id}`, `meeting_cancelled:${id}`, outside);
  } else if (e.action === 'meeting.approve') {
    const m = await meetingOf(q, id);
    if (!m) return;
    await notify(q, people(await sql.inviteesOf(q, id, true)), 'minutes_approved', { org: m.org, date: m.date }, `/meetings/${id}`,
      `minutes_approved:${id}`, outside);
  } else if (e.action === 'meeting.score') {
    // The cell proposed its score: the committee members in charge who attended may confirm it (score-confirmation.ts).
    const s = await ev.scoreOf(q, id);
    const m = await meetingOf(q, id);
    if (!s || !m || s.confirmed_at) return;
    const label = SCORE_LEVEL_LABELS[s.level as ScoreLevel] ?? s.level;
    // A score proposed again (corrected, or after a confirmation) waits again, unless he has not yet read the last notice.
    await notify(q, people(await sql.attendingOverseersOf(q, id, `/meetings/${id}`)), 'score_waiting', { org: m.org, date: m.date, total: s.total, label },
      `/meetings/${id}`, `score_waiting:${id}:${e.id}`, outside);
  } else if (e.action === 'task.create') {
    const t = await ev.taskOf(q, id);
    if (!t) return;
    const to = t.owner_kind === 'member' ? [{ personId: t.owner_person_id }] : accounts(await sql.secretariesOf(q, t.owner_org_id));
    await notify(q, to, 'task_assigned', { title: t.title, due: t.due_on ?? 'regular', giver: t.giver }, `/tasks/${id}`, `task_assigned:${id}`, outside);
  }
}

/**
 * Reads the audit log from where it stopped, up to `batch` events; returns how many were read. Entries younger than
 * `lagSeconds` wait for the next round: ids are taken when a transaction writes, not when it commits, so a short lag
 * keeps a slower transaction's entry from being passed over.
 */
export async function processEvents(db: Db, outside: readonly string[], opts: { batch?: number; lagSeconds?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 500;
  const lag = opts.lagSeconds ?? 30;
  return db.tx(async (q) => {
    const cur = await cursors.cursorForUpdate(q, CURSOR);
    const from = cur ?? 0;
    if (cur === undefined) await cursors.createCursor(q, CURSOR, 0);
    const rows = await ev.eventsAfter(q, from, ACTIONS, batch, lag);
    for (const e of rows) await onEvent(q, e, outside);
    // Past the last event read; when fewer than a batch came, past every entry old enough to have been read.
    const last = rows.length === batch ? rows[rows.length - 1].id
      : await ev.lastEventId(q, lag);
    if (last > from) await cursors.moveCursor(q, CURSOR, last);
    return rows.length;
  });
}

/**
 * Counts every event logged so far as notified: a history written after the fact (the demo) writes the notifications
 * its past would have made itself, and its events must not notify again when the worker next reads the log.
 */
export async function passEventsSoFar(q: Queryable): Promise<void> {
  await cursors.setCursor(q, CURSOR, await ev.lastEventId(q, 0));
}
