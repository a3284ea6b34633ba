// The meetings module's SQL shared by its phases (the meeting row, the unit's settings chain, positions, who is
// summoned); each phase's own statements are in queries-<phase>.ts. Rows are typed as the database returns them.
import type { Queryable } from '../../db/index';
import { REGULAR_KINDS, type AttendanceStatus, type DuesCategory, type MeetingType, type MemberState } from '../../../domain/meetings/index';
import type { ScoreConfirmation } from '../../documents/index';

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

// The meeting as its page shows it: those invited with their roll-call marks, votes, and the rest of the record.

export type InvitationRow = {
  id: string; role: 'member' | 'exempt' | 'overseer' | 'guest'; person_id: string | null; partner_unit_id: string | null; name: string;
  title: string | null; standing: 'official' | 'probationary' | null; member_state: MemberState | null; guest: boolean;
  status: Exclude<AttendanceStatus, 'not_recorded'> | null; reason: string | null; method: string | null; recorded_at: Date | null;
};

export async function loadInvitations(q: Queryable, meetingId: string): Promise<InvitationRow[]> {
  return q.query<InvitationRow>(
    `SELECT i.id, i.role, i.person_id, i.partner_unit_id, i.name, i.title, i.standing, i.member_state, i.guest,
            a.status, a.reason, a.method, a.recorded_at
       FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.meeting_id = $1
      ORDER BY CASE i.role WHEN 'overseer' THEN 0 WHEN 'member' THEN 1 WHEN 'exempt' THEN 2 ELSE 3 END, i.name, i.created_at`,
    [meetingId],
  );
}

export type VoteRecord = {
  id: string; agenda_item_id: string | null; subject: string; method: 'show_of_hands' | 'ballot' | 'electronic'; votes_for: number;
  votes_against: number; votes_other: number; is_resolution: boolean; created_at: Date;
};

export async function loadVotes(q: Queryable, meetingId: string): Promise<VoteRecord[]> {
  return q.query<VoteRecord>(
    `SELECT id, agenda_item_id, subject, method, votes_for, votes_against, votes_other, is_resolution, created_at
       FROM votes WHERE meeting_id = $1 ORDER BY created_at, id`,
    [meetingId],
  );
}

/** Stores each vote's base, eligible voters and result as the roll call now stands (only the votes that change). */
export async function updateVoteTallies(q: Queryable, meetingId: string, base: number, eligible: number): Promise<void> {
  await q.query(
    `UPDATE votes SET base = $2, eligible = $3, passed = (votes_for * 2 > $2 AND $2 > 0)
      WHERE meeting_id = $1 AND (base <> $2 OR eligible <> $3 OR passed <> (votes_for * 2 > $2 AND $2 > 0))`,
    [meetingId, base, eligible],
  );
}

export function preparationRow(q: Queryable, meetingId: string): Promise<Record<string, unknown> | undefined> {
  return q.one<Record<string, unknown>>('SELECT * FROM meeting_preparation WHERE meeting_id = $1', [meetingId]);
}

export type AgendaItemRow = { id: string; position: number; template_key: string | null; title: string; content: string; conclusion: string | null };

export function agendaItems(q: Queryable, meetingId: string): Promise<AgendaItemRow[]> {
  return q.query<AgendaItemRow>(
    'SELECT id, position, template_key, title, content, conclusion FROM agenda_items WHERE meeting_id = $1 ORDER BY position, created_at',
    [meetingId],
  );
}

export type SpeechRow = { id: string; agenda_item_id: string; speaker_person_id: string | null; speaker_name: string; gist: string };

export function speechRows(q: Queryable, meetingId: string): Promise<SpeechRow[]> {
  return q.query<SpeechRow>(
    'SELECT id, agenda_item_id, speaker_person_id, speaker_name, gist FROM speeches WHERE meeting_id = $1 ORDER BY created_at, id',
    [meetingId],
  );
}

export type DuesPaymentRow = { person_id: string; amount_paid: number; expected: number | null; note: string | null };

export function duesPayments(q: Queryable, meetingId: string): Promise<DuesPaymentRow[]> {
  return q.query<DuesPaymentRow>('SELECT person_id, amount_paid, expected, note FROM dues_payments WHERE meeting_id = $1', [meetingId]);
}

export type ScoreRow = {
  scheme_id: string; scheme_version: number; points: Record<string, number>; total: number; level: string; proposed_at: Date;
  confirmed_at: Date | null; confirmed_by: string | null; comment: string | null; scheme_name: string; confirmer: string | null;
  confirm_reason: string | null; body: { maxPoints?: number } | null;
};

/** The meeting's score with its scheme and who confirmed it. */
export function scoreRow(q: Queryable, meetingId: string): Promise<ScoreRow | undefined> {
  return q.one<ScoreRow>(
    `SELECT s.*, sc.name AS scheme_name, sc.body, coalesce(p.full_name, a.username) AS confirmer FROM meeting_scores s
       JOIN scoring_schemes sc ON sc.id = s.scheme_id AND sc.version = s.scheme_version
       LEFT JOIN accounts a ON a.id = s.confirmed_by LEFT JOIN people p ON p.id = a.person_id
      WHERE s.meeting_id = $1`,
    [meetingId],
  );
}

export type VersionRow = { version: number; approved_at: Date; correction_reason: string | null; username: string | null };

export function versionRows(q: Queryable, meetingId: string): Promise<VersionRow[]> {
  return q.query<VersionRow>(
    `SELECT v.version, v.approved_at, v.correction_reason, a.username FROM minutes_versions v
       LEFT JOIN accounts a ON a.id = v.approved_by WHERE v.meeting_id = $1 ORDER BY v.version`,
    [meetingId],
  );
}

export type NumberRow = { doc_type: string; scope_key: string; seq: number; voided_at: Date | null; void_reason: string | null };

export function numberRows(q: Queryable, meetingId: string): Promise<NumberRow[]> {
  return q.query<NumberRow>(
    'SELECT doc_type, scope_key, seq, voided_at, void_reason FROM document_numbers WHERE meeting_id = $1 ORDER BY issued_at, seq',
    [meetingId],
  );
}

export function peopleNames(q: Queryable, ids: string[]): Promise<{ id: string; full_name: string }[]> {
  return q.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people WHERE id = ANY ($1::uuid[])', [ids]);
}

export type AddendumRow = { after_version: number; kind: 'score_confirmation'; body: ScoreConfirmation; created_at: Date; author: string | null };

export function addendaRows(q: Queryable, meetingId: string): Promise<AddendumRow[]> {
  return q.query<AddendumRow>(
    `SELECT d.after_version, d.kind, d.body, d.created_at, coalesce(p.full_name, a.username) AS author FROM minutes_addenda d
       LEFT JOIN accounts a ON a.id = d.created_by LEFT JOIN people p ON p.id = a.person_id
      WHERE d.meeting_id = $1 ORDER BY d.created_at`,
    [meetingId],
  );
}

export type MoveRow = { from_date: string; to_date: string; reason: string; status_at_move: string; moved_at: Date; username: string | null };

export function moveRows(q: Queryable, meetingId: string): Promise<MoveRow[]> {
  return q.query<MoveRow>(
    `SELECT mv.from_date::text AS from_date, mv.to_date::text AS to_date, mv.reason, mv.status_at_move, mv.moved_at, a.username
       FROM meeting_moves mv LEFT JOIN accounts a ON a.id = mv.moved_by WHERE mv.meeting_id = $1 ORDER BY mv.moved_at, mv.id`,
    [meetingId],
  );
}
