// SQL of the schedule: the meetings of a subtree, planning, moving and editing a meeting, the unit's rule.
import type { Queryable } from '../../db/index';
import { REGULAR_KINDS, type MeetingType } from '../../../domain/meetings/index';
import type { MeetingRow } from './queries';

/** Meetings of the subtree dated, or originally dated, in [from, to]. */
export function meetingsOfSubtree(q: Queryable, path: string, from: string, to: string): Promise<MeetingRow[]> {
  return q.query<MeetingRow>(
    `SELECT m.*, o.name AS org_name, o.path AS org_path, o.kind AS org_kind, o.place AS org_place, o.parent_id AS org_parent_id
       FROM meetings m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE $1 AND ((m.date BETWEEN $2 AND $3) OR (m.original_date BETWEEN $2 AND $3))
      ORDER BY m.date, m.start_time`,
    [path + '%', from, to],
  );
}

export type CellRow = { id: string; name: string; path: string };

export function activeCells(q: Queryable, path: string): Promise<CellRow[]> {
  return q.query<CellRow>(`SELECT id, name, path FROM orgs WHERE path LIKE $1 AND kind = 'cell' AND status = 'active' ORDER BY name`, [path + '%']);
}

export type ThematicRow = { org_id: string; date: string; type: MeetingType; status: string };

/** Thematic (and combined) meetings of the subtree in [from, to], not cancelled. */
export function thematicMeetings(q: Queryable, path: string, from: string, to: string): Promise<ThematicRow[]> {
  return q.query<ThematicRow>(
    `SELECT m.org_id, m.date, m.type, m.status FROM meetings m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE $1 AND m.type IN ('thematic', 'combined') AND m.status <> 'cancelled' AND m.date BETWEEN $2 AND $3`,
    [path + '%', from, to],
  );
}

/** The unit's regular-kind meeting (not cancelled) of a month 'YYYY-MM', if one exists. */
export function regularMeetingOfMonth(q: Queryable, orgId: string, month: string): Promise<{ id: string } | undefined> {
  return q.one<{ id: string }>(
    `SELECT id FROM meetings WHERE org_id = $1 AND type = ANY ($2::text[]) AND status <> 'cancelled'
        AND to_char(coalesce(original_date, date), 'YYYY-MM') = $3`,
    [orgId, REGULAR_KINDS, month],
  );
}

export type NewMeeting = {
  orgId: string; type: MeetingType; topic: string | null; originalDate: string | null; date: string; startTime: string;
  location: string | null; status: 'planned' | 'moved'; moveReason: string | null; quorum: { num: number; den: number }; createdBy: string;
};

/** A new meeting and its (empty) preparation record; returns its id. */
export async function insertMeeting(q: Queryable, m: NewMeeting): Promise<string> {
  const r = await q.one<{ id: string }>(
    `INSERT INTO meetings (org_id, type, topic, original_date, date, start_time, location, status, move_reason, quorum_num, quorum_den,
                           created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [m.orgId, m.type, m.topic, m.originalDate, m.date, m.startTime, m.location, m.status, m.moveReason, m.quorum.num, m.quorum.den, m.createdBy],
  );
  await q.query('INSERT INTO meeting_preparation (meeting_id) VALUES ($1)', [r!.id]);
  return r!.id;
}

export type MeetingMove = {
  meetingId: string; fromDate: string; toDate: string; fromTime: string; toTime: string; reason: string; statusAtMove: string; movedBy: string;
};

export async function insertMove(q: Queryable, m: MeetingMove): Promise<void> {
  await q.query(
    `INSERT INTO meeting_moves (meeting_id, from_date, to_date, from_time, to_time, reason, status_at_move, moved_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [m.meetingId, m.fromDate, m.toDate, m.fromTime, m.toTime, m.reason, m.statusAtMove, m.movedBy],
  );
}

/** The columns of a meeting an edit may change. */
export type MeetingColumn =
  | 'date' | 'status' | 'move_reason' | 'early_reason' | 'type' | 'topic' | 'location' | 'documents' | 'start_time' | 'end_time'
  | 'chair_id' | 'recorder_id' | 'cancel_reason';

/** Sets the given columns of a meeting (nothing when none is given). */
export async function updateMeetingColumns(q: Queryable, id: string, changes: Partial<Record<MeetingColumn, unknown>>): Promise<void> {
  const cols = Object.keys(changes) as MeetingColumn[];
  if (!cols.length) return;
  await q.query(
    `UPDATE meetings SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
    [id, ...cols.map((c) => changes[c])],
  );
}

/** The person's role at the meeting when summoned (not as a guest). */
export async function summonedRole(q: Queryable, meetingId: string, personId: string): Promise<string | null> {
  const r = await q.one<{ role: string }>(
    `SELECT role FROM invitations WHERE meeting_id = $1 AND person_id = $2 AND role <> 'guest'`,
    [meetingId, personId],
  );
  return r?.role ?? null;
}

export async function saveOrgSettings(q: Queryable, orgId: string, settings: Record<string, unknown>): Promise<void> {
  await q.query('UPDATE orgs SET settings = $2, updated_at = now() WHERE id = $1', [orgId, JSON.stringify(settings)]);
}
