// SQL of scoring: the schemes (data, versioned), a meeting's score, its confirmation by the upper level and the
// addendum a confirmation after approval adds to the minutes.
import type { Queryable } from '../../db/index';
import type { ScoringScheme } from '../../../domain/meetings/scoring';
import type { MeetingRow } from './queries';

/** Stores a scheme version; `ifAbsent` leaves a version already stored as it is. */
export async function insertScheme(q: Queryable, s: ScoringScheme, opts: { ifAbsent: boolean }): Promise<void> {
  await q.query(
    `INSERT INTO scoring_schemes (id, version, name, meeting_types, body) VALUES ($1, $2, $3, $4, $5)${opts.ifAbsent ? ' ON CONFLICT (id, version) DO NOTHING' : ''}`,
    [s.id, s.version, s.name, s.meetingTypes, JSON.stringify(s)],
  );
}

export function allSchemes(q: Queryable): Promise<{ body: ScoringScheme; active: boolean }[]> {
  return q.query<{ body: ScoringScheme; active: boolean }>('SELECT body, active FROM scoring_schemes ORDER BY id, version DESC');
}

/** The newest version of a scheme. */
export function schemeById(q: Queryable, schemeId: string): Promise<{ body: ScoringScheme } | undefined> {
  return q.one<{ body: ScoringScheme }>('SELECT body FROM scoring_schemes WHERE id = $1 ORDER BY version DESC LIMIT 1', [schemeId]);
}

/** The newest active scheme for a meeting type. */
export function activeSchemeFor(q: Queryable, type: string): Promise<{ body: ScoringScheme } | undefined> {
  return q.one<{ body: ScoringScheme }>(
    'SELECT body FROM scoring_schemes WHERE active AND $1 = ANY (meeting_types) ORDER BY created_at DESC, version DESC LIMIT 1',
    [type],
  );
}

export async function lastSchemeVersion(q: Queryable, schemeId: string): Promise<number> {
  return (await q.one<{ max: number | null }>('SELECT max(version) AS max FROM scoring_schemes WHERE id = $1', [schemeId]))?.max ?? 0;
}

/** The scheme (as of its version) a meeting was scored with. */
export function schemeOfScore(q: Queryable, meetingId: string): Promise<{ body: ScoringScheme } | undefined> {
  return q.one<{ body: ScoringScheme }>(
    `SELECT sc.body FROM meeting_scores s JOIN scoring_schemes sc ON sc.id = s.scheme_id AND sc.version = s.scheme_version
      WHERE s.meeting_id = $1`,
    [meetingId],
  );
}

/** Proposes (or proposes again) a meeting's score; a confirmation given before is dropped. */
export async function upsertScore(
  q: Queryable,
  s: { meetingId: string; schemeId: string; schemeVersion: number; points: Record<string, number>; total: number; level: string; proposedBy: string; comment: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO meeting_scores (meeting_id, scheme_id, scheme_version, points, total, level, proposed_by, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (meeting_id) DO UPDATE SET scheme_id = $2, scheme_version = $3, points = $4, total = $5, level = $6, proposed_by = $7,
       proposed_at = now(), comment = $8, confirmed_by = NULL, confirmed_at = NULL`,
    [s.meetingId, s.schemeId, s.schemeVersion, JSON.stringify(s.points), s.total, s.level, s.proposedBy, s.comment],
  );
}

/** In charge of the unit on the day (or still in charge). */
export async function isOverseer(q: Queryable, orgId: string, personId: string, date: string): Promise<boolean> {
  return !!(await q.one(
    `SELECT 1 FROM org_overseers WHERE org_id = $1 AND person_id = $2
        AND ((started_on <= $3 AND (ended_on IS NULL OR ended_on >= $3)) OR ended_on IS NULL)`,
    [orgId, personId, date],
  ));
}

export type ScoreStateRow = { total: number; level: string; confirmed_by: string | null; confirmed_at: Date | null; comment: string | null };

export function scoreState(q: Queryable, meetingId: string): Promise<ScoreStateRow | undefined> {
  return q.one<ScoreStateRow>('SELECT total, level, confirmed_by, confirmed_at, comment FROM meeting_scores WHERE meeting_id = $1', [meetingId]);
}

/** Confirms the score: by whom, a comment (null keeps the proposer's), and the reason a leader not in charge gives. */
export async function confirmScore(q: Queryable, meetingId: string, c: { by: string; comment: string | null; reason: string | null }): Promise<void> {
  await q.query(
    `UPDATE meeting_scores SET confirmed_by = $2, confirmed_at = now(), comment = coalesce($3, comment), confirm_reason = $4 WHERE meeting_id = $1`,
    [meetingId, c.by, c.comment, c.reason],
  );
}

export async function insertAddendum(q: Queryable, a: { meetingId: string; afterVersion: number; body: unknown; createdBy: string }): Promise<void> {
  await q.query(
    'INSERT INTO minutes_addenda (meeting_id, after_version, kind, body, created_by) VALUES ($1, $2, $3, $4, $5)',
    [a.meetingId, a.afterVersion, 'score_confirmation', JSON.stringify(a.body), a.createdBy],
  );
}

export type OverseerAttendanceRow = { person_id: string; full_name: string; status: string | null };

/** Those summoned to the meeting who are in charge of the cell on its date, with their roll-call mark. */
export function overseersAtMeeting(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<OverseerAttendanceRow[]> {
  return q.query<OverseerAttendanceRow>(
    `SELECT i.person_id, p.full_name, a.status FROM invitations i
       JOIN people p ON p.id = i.person_id
       JOIN org_overseers s ON s.person_id = i.person_id AND s.org_id = $2
        AND ((s.started_on <= $3 AND (s.ended_on IS NULL OR s.ended_on >= $3)) OR s.ended_on IS NULL)
       LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.meeting_id = $1`,
    [m.id, m.org_id, m.date],
  );
}

export type ConfirmationRow = { confirmed_at: Date; person_id: string | null; username: string; full_name: string | null; confirm_reason: string | null };

export function confirmationOf(q: Queryable, meetingId: string): Promise<ConfirmationRow | undefined> {
  return q.one<ConfirmationRow>(
    `SELECT s.confirmed_at, s.confirm_reason, a.person_id, a.username, p.full_name
       FROM meeting_scores s JOIN accounts a ON a.id = s.confirmed_by LEFT JOIN people p ON p.id = a.person_id
      WHERE s.meeting_id = $1 AND s.confirmed_at IS NOT NULL`,
    [meetingId],
  );
}

export function attendanceOfPerson(q: Queryable, meetingId: string, personId: string): Promise<{ status: string | null } | undefined> {
  return q.one<{ status: string | null }>(
    'SELECT a.status FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id WHERE i.meeting_id = $1 AND i.person_id = $2',
    [meetingId, personId],
  );
}

/** A person's most senior position in a committee (not a cell) on a day. */
export function committeeTitle(q: Queryable, personId: string, on: string): Promise<{ title: string } | undefined> {
  return q.one<{ title: string }>(
    `SELECT p.title FROM positions p JOIN orgs o ON o.id = p.org_id
      WHERE p.person_id = $1 AND o.kind <> 'cell' AND p.started_on <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $2)
      ORDER BY array_position(ARRAY['commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member'], p.title)
      LIMIT 1`,
    [personId, on],
  );
}

export type SchemeRow = {
  id: string; version: number; body: ScoringScheme; org_id: string | null; org_name: string | null; created_at: Date;
  author: string | null; note: string | null;
};

/** Built-in schemes and those written by the given units, every version, with who wrote each. */
export function schemesOfUnits(q: Queryable, orgIds: string[]): Promise<SchemeRow[]> {
  return q.query<SchemeRow>(
    `SELECT s.id, s.version, s.body, s.org_id, o.name AS org_name, s.created_at, coalesce(p.full_name, a.username) AS author, s.note
       FROM scoring_schemes s LEFT JOIN orgs o ON o.id = s.org_id
       LEFT JOIN accounts a ON a.id = s.created_by LEFT JOIN people p ON p.id = a.person_id
      WHERE s.org_id IS NULL OR s.org_id = ANY ($1::uuid[]) ORDER BY s.id, s.version`,
    [orgIds],
  );
}

/** A scheme's newest version, with the unit that wrote it. */
export function lastSchemeOf(q: Queryable, schemeId: string): Promise<{ version: number; org_id: string | null; name: string } | undefined> {
  return q.one<{ version: number; org_id: string | null; name: string }>(
    'SELECT version, org_id, name FROM scoring_schemes WHERE id = $1 ORDER BY version DESC LIMIT 1', [schemeId],
  );
}

/** A version of a unit's own scheme. */
export async function insertUnitScheme(
  q: Queryable, s: ScoringScheme, by: { orgId: string; createdBy: string; note: string | null },
): Promise<void> {
  await q.query(
    'INSERT INTO scoring_schemes (id, version, name, meeting_types, body, org_id, created_by, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [s.id, s.version, s.name, s.meetingTypes, JSON.stringify(s), by.orgId, by.createdBy, by.note],
  );
}
