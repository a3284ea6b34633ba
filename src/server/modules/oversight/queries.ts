// SQL of the committee's oversight of cells: assignments (org_overseers), the overseer's attendance from the
// roll call, observations after each attended meeting. Typed rows; the service shapes them.
import type { Queryable } from '../../db/index';

/** Present at the meeting, as the roll call recorded it. */
export const ATTENDED = `('present', 'late', 'left_early')`;
/** Positions that make someone "from the committee" at a cell's meeting. */
export const COMMITTEE_TITLES = `('commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member')`;

export type AssignmentRow = { org_id: string; org_name: string; started_on: string; ended_on: string | null };

/** The cells a person is (or was) in charge of between two dates. */
export const assignments = (q: Queryable, personId: string, from: string, to: string) =>
  q.query<AssignmentRow>(
    `SELECT s.org_id, o.name AS org_name, s.started_on, s.ended_on FROM org_overseers s JOIN orgs o ON o.id = s.org_id
      WHERE s.person_id = $1 AND s.started_on <= $3 AND (s.ended_on IS NULL OR s.ended_on >= $2)
      ORDER BY o.name, s.started_on`,
    [personId, from, to],
  );

export type OverseenMeetingRow = {
  meeting_id: string; org_id: string; org_name: string; date: string; start_time: string; type: string; topic: string | null;
  status: string; location: string | null; attendance: string | null; invited: boolean;
  leadership: string | null; mood: string | null; residents: string | null; proposals: string | null;
  written_at: Date | null; updated_at: Date | null;
};

/** Meetings of the cells a person is in charge of (on the meeting's date), with his roll-call status and observation. */
export const overseenMeetings = (q: Queryable, personId: string, from: string, to: string, statuses: string[]) =>
  q.query<OverseenMeetingRow>(
    `SELECT m.id AS meeting_id, m.org_id, o.name AS org_name, m.date, m.start_time, m.type, m.topic, m.status, m.location,
            a.status AS attendance, (i.id IS NOT NULL) AS invited,
            ob.leadership, ob.mood, ob.residents, ob.proposals, ob.written_at, ob.updated_at
       FROM meetings m JOIN orgs o ON o.id = m.org_id
       LEFT JOIN invitations i ON i.meeting_id = m.id AND i.person_id = $1
       LEFT JOIN attendance a ON a.invitation_id = i.id
       LEFT JOIN overseer_observations ob ON ob.meeting_id = m.id AND ob.person_id = $1
      WHERE m.date BETWEEN $2 AND $3 AND m.status = ANY ($4::text[])
        AND EXISTS (SELECT 1 FROM org_overseers s WHERE s.org_id = m.org_id AND s.person_id = $1
                      AND s.started_on <= m.date AND (s.ended_on IS NULL OR s.ended_on >= m.date))
      ORDER BY m.date, o.name`,
    [personId, from, to, statuses],
  );

export type ScoreWaitingRow = {
  meeting_id: string; org_id: string; org_name: string; date: string; type: string; total: number; level: string;
  proposed_at: Date; confirmed_at: Date | null; confirmer: string | null; comment: string | null;
};

/** Scores of the cells a person is in charge of now: waiting for his confirmation (meetings he attended), or confirmed since a date. */
export const scoresOfCells = (q: Queryable, personId: string, confirmedSince: Date) =>
  q.query<ScoreWaitingRow>(
    `SELECT m.id AS meeting_id, m.org_id, o.name AS org_name, m.date, m.type, s.total::float AS total, s.level, s.proposed_at,
            s.confirmed_at, coalesce(p.full_name, ac.username) AS confirmer, s.comment
       FROM meeting_scores s JOIN meetings m ON m.id = s.meeting_id JOIN orgs o ON o.id = m.org_id
       LEFT JOIN accounts ac ON ac.id = s.confirmed_by LEFT JOIN people p ON p.id = ac.person_id
      WHERE m.org_id IN (SELECT org_id FROM org_overseers WHERE person_id = $1 AND ended_on IS NULL)
        AND ((s.confirmed_at IS NULL
               -- only he who attended may confirm (src/domain/meetings/score-confirmation.ts): the others are not his to do
               AND EXISTS (SELECT 1 FROM invitations i JOIN attendance a ON a.invitation_id = i.id
                            WHERE i.meeting_id = m.id AND i.person_id = $1 AND a.status IN ('present', 'late', 'left_early')))
             OR s.confirmed_at >= $2)
      ORDER BY s.confirmed_at IS NOT NULL, m.date DESC`,
    [personId, confirmedSince],
  );

export const overseesOn = async (q: Queryable, orgId: string, personId: string, date: string) =>
  !!(await q.one(
    `SELECT 1 FROM org_overseers WHERE org_id = $1 AND person_id = $2
        AND ((started_on <= $3 AND (ended_on IS NULL OR ended_on >= $3)) OR ended_on IS NULL)`,
    [orgId, personId, date],
  ));

export const attendanceOf = (q: Queryable, meetingId: string, personId: string) =>
  q.one<{ status: string | null }>(
    `SELECT a.status FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id WHERE i.meeting_id = $1 AND i.person_id = $2`,
    [meetingId, personId],
  );

export const observationOf = (q: Queryable, meetingId: string, personId: string) =>
  q.one<{ leadership: string; mood: string; residents: string | null; proposals: string | null; written_at: Date; updated_at: Date }>(
    'SELECT leadership, mood, residents, proposals, written_at, updated_at FROM overseer_observations WHERE meeting_id = $1 AND person_id = $2',
    [meetingId, personId],
  );

export const upsertObservation = (
  q: Queryable, meetingId: string, personId: string, accountId: string,
  o: { leadership: string; mood: string; residents: string | null; proposals: string | null }, at: Date,
) =>
  q.query(
    `INSERT INTO overseer_observations (meeting_id, person_id, leadership, mood, residents, proposals, written_by, written_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET leadership = $3, mood = $4, residents = $5, proposals = $6,
       written_by = $7, updated_at = $8`,
    [meetingId, personId, o.leadership, o.mood, o.residents, o.proposals, accountId, at],
  );

export type MonthCellRow = { org_id: string; org_name: string; path: string };
/** The cells under a unit (the unit itself when it is a cell). */
export const cellsUnder = (q: Queryable, path: string) =>
  q.query<MonthCellRow>(
    `SELECT id AS org_id, name AS org_name, path FROM orgs WHERE kind = 'cell' AND status = 'active' AND path LIKE $1 || '%' ORDER BY name`,
    [path],
  );

export type CellOverseerRow = { org_id: string; person_id: string; full_name: string };
export const overseersOfCells = (q: Queryable, orgIds: string[], from: string, to: string) =>
  q.query<CellOverseerRow>(
    `SELECT DISTINCT s.org_id, s.person_id, p.full_name FROM org_overseers s JOIN people p ON p.id = s.person_id
      WHERE s.org_id = ANY ($1::uuid[]) AND s.started_on <= $3 AND (s.ended_on IS NULL OR s.ended_on >= $2)
      ORDER BY p.full_name`,
    [orgIds, from, to],
  );

export type MonthMeetingRow = { meeting_id: string; org_id: string; date: string; type: string; status: string };
export const meetingsOfCells = (q: Queryable, orgIds: string[], from: string, to: string) =>
  q.query<MonthMeetingRow>(
    `SELECT id AS meeting_id, org_id, date, type, status FROM meetings
      WHERE org_id = ANY ($1::uuid[]) AND date BETWEEN $2 AND $3 AND status <> 'cancelled' ORDER BY date`,
    [orgIds, from, to],
  );

export type CommitteePresentRow = { meeting_id: string; person_id: string; name: string; in_charge: boolean; observed: boolean };
/**
 * Who from the committee attended each meeting: the invited committee member in charge, or anyone holding a
 * committee position on the meeting's date; whether that person wrote an observation.
 */
export const committeePresent = (q: Queryable, meetingIds: string[]) =>
  q.query<CommitteePresentRow>(
    `SELECT i.meeting_id, i.person_id, i.name, (i.role = 'overseer' OR EXISTS (
              SELECT 1 FROM org_overseers s WHERE s.org_id = m.org_id AND s.person_id = i.person_id
                AND s.started_on <= m.date AND (s.ended_on IS NULL OR s.ended_on >= m.date))) AS in_charge,
            EXISTS (SELECT 1 FROM overseer_observations ob WHERE ob.meeting_id = i.meeting_id AND ob.person_id = i.person_id) AS observed
       FROM invitations i JOIN attendance a ON a.invitation_id = i.id JOIN meetings m ON m.id = i.meeting_id
      WHERE i.meeting_id = ANY ($1::uuid[]) AND i.person_id IS NOT NULL AND a.status IN ${ATTENDED}
        AND (i.role = 'overseer' OR EXISTS (
              SELECT 1 FROM positions ps WHERE ps.person_id = i.person_id AND ps.title IN ${COMMITTEE_TITLES}
                AND ps.started_on <= m.date AND (ps.ended_on IS NULL OR ps.ended_on >= m.date)))
      ORDER BY i.name`,
    [meetingIds],
  );

export const personName = (q: Queryable, personId: string) =>
  q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]);

/** Every cell with its path. */
export function cellPaths(q: Queryable): Promise<{ id: string; path: string }[]> {
  return q.query<{ id: string; path: string }>('SELECT id, path FROM orgs WHERE kind = $1', ['cell']);
}

export function orgOf(q: Queryable, orgId: string): Promise<{ path: string; name: string } | undefined> {
  return q.one<{ path: string; name: string }>('SELECT path, name FROM orgs WHERE id = $1', [orgId]);
}
