// SQL of a person's meetings, a member's attendance history and the calendar feeds.
import type { Queryable } from '../../db/index';
import type { AttendanceStatus, MeetingStatus, MeetingType } from '../../../domain/meetings/index';

/** A meeting a person is summoned to, in the list's shape (camelCase columns), with the person's role. */
export type InvitedMeetingRow = {
  id: string; virtual: boolean; orgId: string; orgName: string; type: MeetingType; topic: string | null; date: string; originalDate: string | null;
  startTime: string; endTime: string | null; location: string | null; status: MeetingStatus; moveReason: string | null; cancelReason: string | null;
  role: string;
};

/** The held, approved or cancelled meetings a person is summoned to (their stored roster: the record). */
export function invitedMeetings(q: Queryable, personId: string, from: string, to: string): Promise<InvitedMeetingRow[]> {
  return q.query<InvitedMeetingRow>(
    `SELECT ${LIST_COLUMNS}, i.role
       FROM invitations i JOIN meetings m ON m.id = i.meeting_id JOIN orgs o ON o.id = m.org_id
      WHERE i.person_id = $1 AND m.date BETWEEN $2 AND $3 AND m.status NOT IN ('planned', 'moved') ORDER BY m.date, m.start_time`,
    [personId, from, to],
  );
}

export type PlannedMeetingRow = Omit<InvitedMeetingRow, 'role'> & { chairId: string | null; recorderId: string | null };

/**
 * The planned (or moved) meetings a person may be on the roster of: those they were summoned to when last written,
 * and those of a cell they belong to (or attend temporarily, or are the committee member in charge of). Whether
 * they are summoned is the live roster's to say (liveInvitations).
 */
export function plannedMeetingsNear(q: Queryable, personId: string, from: string, to: string): Promise<PlannedMeetingRow[]> {
  return q.query<PlannedMeetingRow>(
    `SELECT ${LIST_COLUMNS}, m.chair_id AS "chairId", m.recorder_id AS "recorderId"
       FROM meetings m JOIN orgs o ON o.id = m.org_id
      WHERE m.status IN ('planned', 'moved') AND m.date BETWEEN $2 AND $3
        AND (EXISTS (SELECT 1 FROM invitations i WHERE i.meeting_id = m.id AND i.person_id = $1)
          OR EXISTS (SELECT 1 FROM memberships ms WHERE ms.person_id = $1 AND ms.org_id = m.org_id AND (ms.ended_on IS NULL OR ms.ended_on >= m.date))
          OR EXISTS (SELECT 1 FROM org_overseers s WHERE s.person_id = $1 AND s.org_id = m.org_id AND s.ended_on IS NULL))
      ORDER BY m.date, m.start_time`,
    [personId, from, to],
  );
}

const LIST_COLUMNS = `m.id, false AS virtual, m.org_id AS "orgId", o.name AS "orgName", m.type, m.topic, m.date, m.original_date AS "originalDate",
            m.start_time AS "startTime", m.end_time AS "endTime", m.location, m.status, m.move_reason AS "moveReason",
            m.cancel_reason AS "cancelReason"`;

/** The units a person belongs to now, or is the committee member in charge of. */
export function unitsFollowed(q: Queryable, personId: string): Promise<{ org_id: string }[]> {
  return q.query<{ org_id: string }>(
    `SELECT org_id FROM memberships WHERE person_id = $1 AND ended_on IS NULL
     UNION SELECT org_id FROM org_overseers WHERE person_id = $1 AND ended_on IS NULL`,
    [personId],
  );
}

export type HeldAttendanceRow = {
  meeting_id: string; date: string; original_date: string | null; type: MeetingType; org_name: string;
  role: string; status: AttendanceStatus | null; reason: string | null;
};

/** A member's summons (as a member or exempt) to held meetings, newest first, with what was recorded. */
export function heldAttendanceOf(q: Queryable, personId: string): Promise<HeldAttendanceRow[]> {
  return q.query<HeldAttendanceRow>(
    `SELECT m.id AS meeting_id, m.date, m.original_date, m.type, o.name AS org_name, i.role, a.status, a.reason
       FROM invitations i JOIN meetings m ON m.id = i.meeting_id JOIN orgs o ON o.id = m.org_id
       LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.person_id = $1 AND i.role IN ('member', 'exempt') AND m.status IN ('held', 'approved')
      ORDER BY m.date DESC`,
    [personId],
  );
}

export type FeedListRow = { id: string; kind: string; subject_id: string; created_at: Date };

export function feedsOf(q: Queryable, accountId: string): Promise<FeedListRow[]> {
  return q.query<FeedListRow>(
    'SELECT id, kind, subject_id, created_at FROM calendar_feeds WHERE account_id = $1 AND revoked_at IS NULL ORDER BY created_at',
    [accountId],
  );
}

export function orgPath(q: Queryable, orgId: string): Promise<{ path: string } | undefined> {
  return q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [orgId]);
}

export async function insertFeed(
  q: Queryable, f: { tokenHash: string; kind: 'person' | 'org'; subjectId: string; accountId: string },
): Promise<string> {
  const r = await q.one<{ id: string }>(
    'INSERT INTO calendar_feeds (token_hash, kind, subject_id, account_id) VALUES ($1, $2, $3, $4) RETURNING id',
    [f.tokenHash, f.kind, f.subjectId, f.accountId],
  );
  return r!.id;
}

/** Where a feed's entries belong in the audit log: its unit, or its person's cell. */
export async function feedPath(q: Queryable, feedId: string): Promise<string | null> {
  const r = await q.one<{ path: string | null }>(
    `SELECT coalesce(
       (SELECT o.path FROM orgs o WHERE f.kind = 'org' AND o.id = f.subject_id),
       (SELECT o.path FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE f.kind = 'person' AND m.person_id = f.subject_id
         ORDER BY m.ended_on IS NULL DESC, m.started_on DESC LIMIT 1)) AS path
       FROM calendar_feeds f WHERE f.id = $1`,
    [feedId],
  );
  return r?.path ?? null;
}

/** Revokes one of the account's live feeds; false when there was none. */
export async function revokeFeed(q: Queryable, feedId: string, accountId: string): Promise<boolean> {
  const r = await q.query('UPDATE calendar_feeds SET revoked_at = now() WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id', [
    feedId, accountId,
  ]);
  return r.length > 0;
}

export type FeedRow = {
  kind: 'person' | 'org'; subject_id: string; account_id: string; person_id: string | null; disabled_at: Date | null; org_path: string | null;
};

/** A live feed by its token's digest, with its owner's account and (for a unit's feed) the unit's path. */
export function feedByToken(q: Queryable, tokenHash: string): Promise<FeedRow | undefined> {
  return q.one<FeedRow>(
    `SELECT f.kind, f.subject_id, f.account_id, a.person_id, a.disabled_at, o.path AS org_path
       FROM calendar_feeds f JOIN accounts a ON a.id = f.account_id LEFT JOIN orgs o ON f.kind = 'org' AND o.id = f.subject_id
      WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
    [tokenHash],
  );
}

export async function personName(q: Queryable, personId: string): Promise<string | undefined> {
  return (await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]))?.full_name;
}

export async function orgName(q: Queryable, orgId: string): Promise<string | undefined> {
  return (await q.one<{ name: string }>('SELECT name FROM orgs WHERE id = $1', [orgId]))?.name;
}
