// The meetings module's SQL shared by its phases (the meeting row, the unit's settings chain, positions, who is
// summoned); each phase's own statements are in queries-<phase>.ts. Rows are typed as the database returns them.
import type { Queryable } from '../../db/index';
import { REGULAR_KINDS, type DuesCategory, type MeetingType } from '../../../domain/meetings/index';

/** A meeting row with its unit. Dates are 'YYYY-MM-DD', times 'HH:mm' (Vietnam wall clock). */
export type MeetingRow = {
  id: string; org_id: string; type: MeetingType; topic: string | null; original_date: string | null; date: string;
  start_time: string; end_time: string | null; location: string | null;
  status: 'planned' | 'moved' | 'cancelled' | 'held' | 'approved';
  move_reason: string | null; cancel_reason: string | null; chair_id: string | null; recorder_id: string | null;
  notice_sent_at: Date | null; documents_ready_at: Date | null; quorum_num: number; quorum_den: number;
  documents: string[]; resolution: ResolutionParts; correction_reason: string | null; checkin_token: string | null;
  no_resolution: boolean; early_reason: string | null;
  created_at: Date; updated_at: Date;
  org_name: string; org_path: string; org_kind: string; org_place: string | null; org_parent_id: string | null;
};

export type TaskParts = { content: string; assignee: string; due?: string; done?: boolean };
export type ResolutionParts = {
  title?: string; results?: string[]; shortcomings?: string[]; tasks?: TaskParts[]; implementation?: string[];
};

export async function meetingRow(q: Queryable, id: string): Promise<MeetingRow | undefined> {
  return q.one<MeetingRow>(
    `SELECT m.*, o.name AS org_name, o.path AS org_path, o.kind AS org_kind, o.place AS org_place, o.parent_id AS org_parent_id
       FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1`,
    [id],
  );
}

export async function touchMeeting(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE meetings SET updated_at = now() WHERE id = $1', [id]);
}

export type OrgSettingsRow = { id: string; kind: string; name: string; place: string | null; path: string; settings: Record<string, unknown> };

export function orgsById(q: Queryable, ids: string[]): Promise<OrgSettingsRow[]> {
  return q.query<OrgSettingsRow>('SELECT id, kind, name, place, path, settings FROM orgs WHERE id = ANY ($1::uuid[])', [ids]);
}

/** The titles a person holds in a unit on a day. */
export function positionsOn(q: Queryable, personId: string, orgId: string, on: string): Promise<{ title: string }[]> {
  return q.query<{ title: string }>(
    `SELECT title FROM positions WHERE person_id = $1 AND org_id = $2 AND started_on <= $3 AND (ended_on IS NULL OR ended_on >= $3)`,
    [personId, orgId, on],
  );
}

/** Summoned to the meeting (a member, an exempt member or the committee member in charge), not a guest. */
export async function isSummoned(q: Queryable, meetingId: string, personId: string): Promise<boolean> {
  return !!(await q.one(
    `SELECT 1 FROM invitations WHERE meeting_id = $1 AND person_id = $2 AND role IN ('member', 'exempt', 'overseer')`,
    [meetingId, personId],
  ));
}

export type DuesMonthRow = {
  person_id: string; full_name: string; org_id: string; org_name: string; org_path: string; dues_category: DuesCategory; dues_base: number | null;
  date: string; original_date: string | null; amount_paid: number | null; expected: number | null; reason_accepted: boolean | null;
};

/** Each current member of the subtree's cells, and the regular meetings of the year they were summoned to (in any cell), with what they paid. */
export function duesMonthsOfYear(q: Queryable, path: string, year: number): Promise<DuesMonthRow[]> {
  return q.query<DuesMonthRow>(
    `SELECT p.id AS person_id, p.full_name, o.id AS org_id, o.name AS org_name, o.path AS org_path, mb.dues_category, mb.dues_base,
            em.date::text AS date, em.original_date::text AS original_date, d.amount_paid, d.expected, d.reason_accepted
       FROM memberships ms JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = ms.person_id JOIN people p ON p.id = ms.person_id
       JOIN invitations i ON i.person_id = ms.person_id AND i.role IN ('member', 'exempt') AND coalesce(i.member_state, 'active') IN ('active', 'temp_exempt')
       JOIN meetings em ON em.id = i.meeting_id AND em.status IN ('held', 'approved') AND em.type = ANY ($3::text[])
       LEFT JOIN dues_payments d ON d.meeting_id = em.id AND d.person_id = ms.person_id
      WHERE ms.kind = 'official' AND ms.ended_on IS NULL AND o.path LIKE $1
        AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
        AND extract(year FROM coalesce(em.original_date, em.date)) = $2`,
    [path + '%', year, REGULAR_KINDS],
  );
}
