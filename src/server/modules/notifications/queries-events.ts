// The notifications module's SQL of the events read from the audit log, and of the records they name.
import type { Queryable } from '../../db/index';

export type AuditEventRow = { id: number; action: string; entity_id: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** Audit entries after `from` of the given actions, at least `lagSeconds` old, oldest first. */
export async function eventsAfter(q: Queryable, from: number, actions: readonly string[], batch: number, lagSeconds: number): Promise<AuditEventRow[]> {
  return q.query<AuditEventRow>(
    `SELECT id::int AS id, action, entity_id, before, after FROM audit_log WHERE id > $1 AND at <= now() - make_interval(secs => $3)
        AND action = ANY ($4::text[])
      ORDER BY id LIMIT $2`,
    [from, batch, lagSeconds, actions],
  );
}

/** The last audit entry at least `lagSeconds` old (0 when none). */
export async function lastEventId(q: Queryable, lagSeconds: number): Promise<number> {
  return (await q.one<{ m: number }>('SELECT coalesce(max(id), 0)::int AS m FROM audit_log WHERE at <= now() - make_interval(secs => $1)', [lagSeconds]))!.m;
}

export type EventMeetingRow = {
  id: string; org_id: string; org: string; date: string; start_time: string; location: string | null; move_reason: string | null;
  cancel_reason: string | null; status: string;
};

export async function meetingOf(q: Queryable, id: string): Promise<EventMeetingRow | undefined> {
  return q.one<EventMeetingRow>(
    `SELECT m.id, m.org_id, o.name AS org, m.date, m.start_time, m.location, m.move_reason, m.cancel_reason, m.status
       FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1`, [id]);
}

export type EventScoreRow = { total: number; level: string; confirmed_at: Date | null };

export async function scoreOf(q: Queryable, meetingId: string): Promise<EventScoreRow | undefined> {
  return q.one<EventScoreRow>('SELECT total::float AS total, level, confirmed_at FROM meeting_scores WHERE meeting_id = $1', [meetingId]);
}

export type EventTaskRow = { title: string; due_on: string | null; owner_kind: string; owner_org_id: string; owner_person_id: string | null; giver: string };

export async function taskOf(q: Queryable, id: string): Promise<EventTaskRow | undefined> {
  return q.one<EventTaskRow>(
    `SELECT t.title, t.due_on, t.owner_kind, t.owner_org_id, t.owner_person_id, g.name AS giver FROM tasks t JOIN orgs g ON g.id = t.org_id WHERE t.id = $1`,
    [id],
  );
}
