// SQL of the minutes: the resolution's parts, what the documents are built from, document numbers, and the
// approved versions of the minutes.
import type { Queryable } from '../../db/index';
import type { ScoreLevel } from '../../../domain/meetings/index';
import type { ResolutionParts } from './queries';

export async function saveResolution(q: Queryable, meetingId: string, parts: ResolutionParts, noResolution: boolean): Promise<void> {
  await q.query('UPDATE meetings SET resolution = $2, no_resolution = $3 WHERE id = $1', [meetingId, JSON.stringify(parts), noResolution]);
}

export async function fullName(q: Queryable, personId: string): Promise<string | null> {
  return (await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]))?.full_name ?? null;
}

export type AgendaRow = { id: string; title: string; content: string; conclusion: string | null };

export function agendaOf(q: Queryable, meetingId: string): Promise<AgendaRow[]> {
  return q.query<AgendaRow>('SELECT id, title, content, conclusion FROM agenda_items WHERE meeting_id = $1 ORDER BY position, created_at', [meetingId]);
}

export type SpeechLineRow = { agenda_item_id: string; speaker_name: string; gist: string };

export function speechesOf(q: Queryable, meetingId: string): Promise<SpeechLineRow[]> {
  return q.query<SpeechLineRow>('SELECT agenda_item_id, speaker_name, gist FROM speeches WHERE meeting_id = $1 ORDER BY created_at, id', [meetingId]);
}

export type ScoreLineRow = { total: number; level: ScoreLevel; name: string; scheme_version: number; max_points: number };

/** The meeting's score with its scheme's name and maximum. */
export function scoreOf(q: Queryable, meetingId: string): Promise<ScoreLineRow | undefined> {
  return q.one<ScoreLineRow>(
    `SELECT s.total, s.level, sc.name, s.scheme_version, (sc.body->>'maxPoints')::numeric AS max_points FROM meeting_scores s
       JOIN scoring_schemes sc ON sc.id = s.scheme_id AND sc.version = s.scheme_version WHERE s.meeting_id = $1`,
    [meetingId],
  );
}

/** The cell's secretary on a day. */
export function secretaryOn(q: Queryable, orgId: string, on: string): Promise<{ person_id: string; full_name: string } | undefined> {
  return q.one<{ person_id: string; full_name: string }>(
    `SELECT p.person_id, pe.full_name FROM positions p JOIN people pe ON pe.id = p.person_id
      WHERE p.org_id = $1 AND p.title = 'cell_secretary' AND p.started_on <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $2) LIMIT 1`,
    [orgId, on],
  );
}

/** The number in force issued to the meeting's document of a type. */
export function issuedNumber(q: Queryable, meetingId: string, docType: 'BB' | 'NQ'): Promise<{ seq: number } | undefined> {
  return q.one<{ seq: number }>('SELECT seq FROM document_numbers WHERE meeting_id = $1 AND doc_type = $2 AND voided_at IS NULL', [meetingId, docType]);
}

export type ScopeNumberRow = { seq: number; scope_key: string; date: string };

/** The unit's numbers of a document type in any of the scopes, with the date they belong to. */
export function numbersInScope(q: Queryable, orgId: string, docType: 'BB' | 'NQ', scopes: [string, string]): Promise<ScopeNumberRow[]> {
  return q.query<ScopeNumberRow>(
    `SELECT n.seq, n.scope_key, coalesce(mt.date::text, to_char(n.issued_at, 'YYYY-MM-DD')) AS date
       FROM document_numbers n LEFT JOIN meetings mt ON mt.id = n.meeting_id
      WHERE n.org_id = $1 AND n.doc_type = $2 AND (n.scope_key = $3 OR n.scope_key = $4)`,
    [orgId, docType, scopes[0], scopes[1]],
  );
}

export async function insertNumber(
  q: Queryable, n: { orgId: string; docType: 'BB' | 'NQ'; scope: string; seq: number; meetingId: string },
): Promise<void> {
  await q.query('INSERT INTO document_numbers (org_id, doc_type, scope_key, seq, meeting_id) VALUES ($1, $2, $3, $4, $5)', [
    n.orgId, n.docType, n.scope, n.seq, n.meetingId,
  ]);
}

export function liveNumber(q: Queryable, meetingId: string, docType: 'BB' | 'NQ'): Promise<{ id: string; seq: number; scope_key: string; issued_at: Date } | undefined> {
  return q.one<{ id: string; seq: number; scope_key: string; issued_at: Date }>(
    'SELECT id, seq, scope_key, issued_at FROM document_numbers WHERE meeting_id = $1 AND doc_type = $2 AND voided_at IS NULL',
    [meetingId, docType],
  );
}

export function liveNumbers(q: Queryable, meetingId: string): Promise<{ doc_type: 'BB' | 'NQ'; seq: number }[]> {
  return q.query<{ doc_type: 'BB' | 'NQ'; seq: number }>('SELECT doc_type, seq FROM document_numbers WHERE meeting_id = $1 AND voided_at IS NULL', [meetingId]);
}

export async function voidNumber(q: Queryable, numberId: string, reason: string): Promise<void> {
  await q.query('UPDATE document_numbers SET voided_at = now(), void_reason = $2 WHERE id = $1', [numberId, reason]);
}

/** The last approved version of the minutes (0 when none). */
export async function lastVersion(q: Queryable, meetingId: string): Promise<number> {
  return (await q.one<{ max: number | null }>('SELECT max(version) AS max FROM minutes_versions WHERE meeting_id = $1', [meetingId]))?.max ?? 0;
}

export async function insertVersion(
  q: Queryable, v: { meetingId: string; version: number; snapshot: unknown; approvedBy: string; correctionReason: string | null },
): Promise<void> {
  await q.query(
    `INSERT INTO minutes_versions (meeting_id, version, snapshot, approved_by, correction_reason) VALUES ($1, $2, $3, $4, $5)`,
    [v.meetingId, v.version, JSON.stringify(v.snapshot), v.approvedBy, v.correctionReason],
  );
}

export async function setApproved(q: Queryable, meetingId: string): Promise<void> {
  await q.query(`UPDATE meetings SET status = 'approved', correction_reason = NULL, updated_at = now() WHERE id = $1`, [meetingId]);
}

/** Approved minutes go back to held, for a correction with its reason. */
export async function openForCorrection(q: Queryable, meetingId: string, reason: string): Promise<void> {
  await q.query(`UPDATE meetings SET status = 'held', correction_reason = $2, updated_at = now() WHERE id = $1`, [meetingId, reason]);
}

/** An approved version as stored (the given one, or the latest), with its content hash. */
export function storedVersion<T>(q: Queryable, meetingId: string, version?: number): Promise<{ snapshot: T; content_hash: string | null } | undefined> {
  return version
    ? q.one<{ snapshot: T; content_hash: string | null }>('SELECT snapshot, content_hash FROM minutes_versions WHERE meeting_id = $1 AND version = $2', [meetingId, version])
    : q.one<{ snapshot: T; content_hash: string | null }>('SELECT snapshot, content_hash FROM minutes_versions WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1', [meetingId]);
}
