// Events read from the audit log, which every service writes inside its own transaction: a notice sent, a meeting
// moved or cancelled, minutes approved, a score proposed, a task given. Reading it here keeps the modules unaware of notifications, and
// the cursor moves in the same transaction as the notifications it produced: each event notifies once, even with
// several instances (the cursor row is locked while read) or after a restart.
import type { Db, Queryable } from '../../db/index';
import { notify, type Recipient } from './notify';
import * as sql from './queries';
import { SCORE_LEVEL_LABELS, type ScoreLevel } from '../../../domain/meetings/scoring';

type AuditRow = { id: number; action: string; entity_id: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
type MeetingRow = { id: string; org_id: string; org: string; date: string; start_time: string; location: string | null; move_reason: string | null;
  cancel_reason: string | null; status: string };

const meetingOf = (q: Queryable, id: string) => q.one<MeetingRow>(
  `SELECT m.id, m.org_id, o.name AS org, m.date, m.start_time, m.location, m.move_reason, m.cancel_reason, m.status
     FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1`, [id]);

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
    const s = await q.one<{ total: number; level: string; confirmed_at: Date | null }>(
      'SELECT total::float AS total, level, confirmed_at FROM meeting_scores WHERE meeting_id = $1', [id]);
    const m = await meetingOf(q, id);
    if (!s || !m || s.confirmed_at) return;
    const label = SCORE_LEVEL_LABELS[s.level as ScoreLevel] ?? s.level;
    // A score proposed again (corrected, or after a confirmation) waits again, unless he has not yet read the last notice.
    await notify(q, people(await sql.attendingOverseersOf(q, id, `/meetings/${id}`)), 'score_waiting', { org: m.org, date: m.date, total: s.total, label },
      `/meetings/${id}`, `score_waiting:${id}:${e.id}`, outside);
  } else if (e.action === 'task.create') {
    const t = await q.one<{ title: string; due_on: string | null; owner_kind: string; owner_org_id: string; owner_person_id: string | null; giver: string }>(
      `SELECT t.title, t.due_on, t.owner_kind, t.owner_org_id, t.owner_person_id, g.name AS giver FROM tasks t JOIN orgs g ON g.id = t.org_id WHERE t.id = $1`, [id]);
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
    const cur = await q.one<{ position: string }>(`SELECT position FROM job_cursors WHERE name = 'audit_events' FOR UPDATE`);
    const from = cur ? Number(cur.position) : 0;
    if (!cur) await q.query(`INSERT INTO job_cursors (name, position) VALUES ('audit_events', 0) ON CONFLICT DO NOTHING`);
    const rows = await q.query<AuditRow>(
      `SELECT id::int AS id, action, entity_id, before, after FROM audit_log WHERE id > $1 AND at <= now() - make_interval(secs => $3)
          AND action IN ('meeting.prepare', 'meeting.move', 'meeting.cancel', 'meeting.approve', 'meeting.score', 'task.create')
        ORDER BY id LIMIT $2`,
      [from, batch, lag],
    );
    for (const e of rows) await onEvent(q, e, outside);
    // Past the last event read; when fewer than a batch came, past every entry old enough to have been read.
    const last = rows.length === batch ? rows[rows.length - 1].id
      : (await q.one<{ m: number }>('SELECT coalesce(max(id), 0)::int AS m FROM audit_log WHERE at <= now() - make_interval(secs => $1)', [lag]))!.m;
    if (last > from) await q.query(`UPDATE job_cursors SET position = $1 WHERE name = 'audit_events'`, [last]);
    return rows.length;
  });
}
