// SQL of a meeting history entered at once (history.ts): the rows of many meetings as they stood — the meeting, its
// preparation, agenda, those summoned and their roll call, speeches, votes, dues, score, approved minutes, addenda and
// document numbers — each table written with multi-row INSERTs. Keys of the row types are the column names; dates are
// 'YYYY-MM-DD', times 'HH:mm' (Vietnam wall clock), instants ISO strings (a history is written in the past).
import type { Queryable } from '../../db/index';
import type { DuesCategory, MeetingType, RecordedStatus } from '../../../domain/meetings/index';
import type { ResolutionParts } from './queries';

export type HistoryMeetingRow = {
  id: string; org_id: string; type: MeetingType; topic: string | null; original_date: string | null; date: string;
  start_time: string; end_time: string | null; location: string | null;
  status: 'planned' | 'moved' | 'cancelled' | 'held' | 'approved';
  move_reason: string | null; cancel_reason: string | null; chair_id: string | null; recorder_id: string | null;
  notice_sent_at: string | null; documents_ready_at: string | null; quorum_num: number; quorum_den: number;
  documents: string[]; resolution: ResolutionParts; created_by: string | null; created_at: string; updated_at: string;
};

export type HistoryPreparationRow = {
  meeting_id: string; content_preparer_id: string | null; resolution_preparer_id: string | null; committee_meeting_on: string | null;
  content_agreed_at: string | null; note: string | null; updated_at: string;
};

export type HistoryAgendaItemRow = {
  id: string; meeting_id: string; position: number; template_key: string | null; title: string; content: string; conclusion: string | null;
  created_at: string;
};

export type HistoryInvitationRow = {
  id: string; meeting_id: string; role: 'member' | 'exempt' | 'overseer' | 'guest'; person_id: string | null; partner_unit_id: string | null;
  name: string; title: string | null; standing: 'official' | 'probationary' | null; member_state: 'active' | 'exempt' | 'temp_exempt' | null;
  created_at: string;
};

export type HistoryAttendanceRow = {
  invitation_id: string; meeting_id: string; status: RecordedStatus; reason: string | null; method: 'manual' | 'qr';
  recorded_by: string | null; recorded_at: string;
};

export type HistorySpeechRow = {
  id: string; meeting_id: string; agenda_item_id: string; speaker_person_id: string | null; speaker_name: string; gist: string; created_at: string;
};

export type HistoryVoteRow = {
  id: string; meeting_id: string; agenda_item_id: string | null; subject: string; method: 'show_of_hands' | 'ballot' | 'electronic';
  base: number; eligible: number; votes_for: number; votes_against: number; votes_other: number; passed: boolean;
  /** The vote on the meeting's resolution. */
  is_resolution: boolean; created_at: string;
};

export type HistoryDuesRow = {
  id: string; meeting_id: string; person_id: string; amount_paid: number; expected: number | null; note: string | null;
  recorded_by: string | null; recorded_at: string;
};

export type HistoryScoreRow = {
  meeting_id: string; scheme_id: string; scheme_version: number; points: Record<string, number>; total: number;
  level: 'tot' | 'kha' | 'trung_binh' | 'kem'; proposed_by: string | null; proposed_at: string; confirmed_by: string | null;
  confirmed_at: string | null; comment: string | null;
  /** Why a leader confirmed in place of the committee member in charge (none of them attended). */
  confirm_reason: string | null;
};

export type HistoryMinutesRow = {
  id: string; meeting_id: string; version: number;
  /** { minutes, resolution } as approval stores it (buildDocs). */
  snapshot: Record<string, unknown>;
  approved_at: string; approved_by: string | null; correction_reason: string | null;
};

/** A confirmation of the score given after the minutes were approved (bổ sung): its own time and author. */
export type HistoryAddendumRow = {
  meeting_id: string; after_version: number; kind: 'score_confirmation';
  body: { name: string; title: string; date: string; attended: boolean; reason?: string; total: number; level: string; comment: string | null };
  created_by: string | null; created_at: string;
};

export type HistoryNumberRow = {
  id: string; org_id: string; doc_type: 'BB' | 'NQ'; scope_key: string; seq: number; meeting_id: string; issued_at: string;
};

const BATCH = 200;

function param(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
}

/** One INSERT per BATCH rows of `table`, the columns named. */
async function insertMany<T extends object>(q: Queryable, table: string, cols: readonly (keyof T & string)[], rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + BATCH).map((r) => `(${cols.map((c) => { params.push(param(r[c])); return `$${params.length}`; }).join(', ')})`);
    await q.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

export const insertMeetings = (q: Queryable, rows: readonly HistoryMeetingRow[]) => insertMany(q, 'meetings', [
  'id', 'org_id', 'type', 'topic', 'original_date', 'date', 'start_time', 'end_time', 'location', 'status', 'move_reason', 'cancel_reason',
  'chair_id', 'recorder_id', 'notice_sent_at', 'documents_ready_at', 'quorum_num', 'quorum_den', 'documents', 'resolution', 'created_by',
  'created_at', 'updated_at',
], rows);

export const insertPreparations = (q: Queryable, rows: readonly HistoryPreparationRow[]) => insertMany(q, 'meeting_preparation', [
  'meeting_id', 'content_preparer_id', 'resolution_preparer_id', 'committee_meeting_on', 'content_agreed_at', 'note', 'updated_at',
], rows);

export const insertAgendaItems = (q: Queryable, rows: readonly HistoryAgendaItemRow[]) => insertMany(q, 'agenda_items', [
  'id', 'meeting_id', 'position', 'template_key', 'title', 'content', 'conclusion', 'created_at',
], rows);

export const insertInvitations = (q: Queryable, rows: readonly HistoryInvitationRow[]) => insertMany(q, 'invitations', [
  'id', 'meeting_id', 'role', 'person_id', 'partner_unit_id', 'name', 'title', 'standing', 'member_state', 'created_at',
], rows);

export const insertAttendance = (q: Queryable, rows: readonly HistoryAttendanceRow[]) => insertMany(q, 'attendance', [
  'invitation_id', 'meeting_id', 'status', 'reason', 'method', 'recorded_by', 'recorded_at',
], rows);

export const insertSpeeches = (q: Queryable, rows: readonly HistorySpeechRow[]) => insertMany(q, 'speeches', [
  'id', 'meeting_id', 'agenda_item_id', 'speaker_person_id', 'speaker_name', 'gist', 'created_at',
], rows);

export const insertVotes = (q: Queryable, rows: readonly HistoryVoteRow[]) => insertMany(q, 'votes', [
  'id', 'meeting_id', 'agenda_item_id', 'subject', 'method', 'base', 'eligible', 'votes_for', 'votes_against', 'votes_other', 'passed',
  'is_resolution', 'created_at',
], rows);

export const insertDues = (q: Queryable, rows: readonly HistoryDuesRow[]) => insertMany(q, 'dues_payments', [
  'id', 'meeting_id', 'person_id', 'amount_paid', 'expected', 'note', 'recorded_by', 'recorded_at',
], rows);

export const insertScores = (q: Queryable, rows: readonly HistoryScoreRow[]) => insertMany(q, 'meeting_scores', [
  'meeting_id', 'scheme_id', 'scheme_version', 'points', 'total', 'level', 'proposed_by', 'proposed_at', 'confirmed_by', 'confirmed_at',
  'comment', 'confirm_reason',
], rows);

export const insertMinutesVersions = (q: Queryable, rows: readonly HistoryMinutesRow[]) => insertMany(q, 'minutes_versions', [
  'id', 'meeting_id', 'version', 'snapshot', 'approved_at', 'approved_by', 'correction_reason',
], rows);

export const insertAddenda = (q: Queryable, rows: readonly HistoryAddendumRow[]) => insertMany(q, 'minutes_addenda', [
  'meeting_id', 'after_version', 'kind', 'body', 'created_by', 'created_at',
], rows);

export const insertNumbers = (q: Queryable, rows: readonly HistoryNumberRow[]) => insertMany(q, 'document_numbers', [
  'id', 'org_id', 'doc_type', 'scope_key', 'seq', 'meeting_id', 'issued_at',
], rows);

// What the rules of a history read.

export type PayerRow = { person_id: string; dues_category: DuesCategory; dues_base: number | null };

/** Members' dues category and declared base. */
export function payers(q: Queryable, personIds: string[]): Promise<PayerRow[]> {
  return q.query<PayerRow>('SELECT person_id, dues_category, dues_base FROM members WHERE person_id = ANY ($1::uuid[])', [personIds]);
}

export type IssuedNumberRow = { org_id: string; doc_type: 'BB' | 'NQ'; scope_key: string; seq: number; date: string };

/** The numbers the units have issued already (voided ones too: a number is never issued twice), with the date they belong to. */
export function issuedNumbers(q: Queryable, orgIds: string[]): Promise<IssuedNumberRow[]> {
  return q.query<IssuedNumberRow>(
    `SELECT n.org_id, n.doc_type, n.scope_key, n.seq, coalesce(mt.date::text, to_char(n.issued_at, 'YYYY-MM-DD')) AS date
       FROM document_numbers n LEFT JOIN meetings mt ON mt.id = n.meeting_id WHERE n.org_id = ANY ($1::uuid[])`,
    [orgIds],
  );
}

export type ConfirmerRow = { account_id: string; person_id: string | null; role: string | null; org_path: string | null };

/** Accounts with their grants (one row per grant; a row with null role for an account without any). */
export function confirmers(q: Queryable, accountIds: string[]): Promise<ConfirmerRow[]> {
  return q.query<ConfirmerRow>(
    `SELECT a.id AS account_id, a.person_id, g.role, o.path AS org_path FROM accounts a
       LEFT JOIN grants g ON g.account_id = a.id LEFT JOIN orgs o ON o.id = g.org_id
      WHERE a.id = ANY ($1::uuid[]) AND (o.id IS NULL OR o.status = 'active')`,
    [accountIds],
  );
}

export type OverseerSpanRow = { org_id: string; person_id: string; started_on: string; ended_on: string | null };

/** The committee members in charge of the units, every span. */
export function overseerSpans(q: Queryable, orgIds: string[]): Promise<OverseerSpanRow[]> {
  return q.query<OverseerSpanRow>(
    'SELECT org_id, person_id, started_on::text AS started_on, ended_on::text AS ended_on FROM org_overseers WHERE org_id = ANY ($1::uuid[])',
    [orgIds],
  );
}
