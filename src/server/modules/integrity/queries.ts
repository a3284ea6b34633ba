// SQL of the minutes seal check: every stored version with its content hash recomputed by the database
// (the same canonical text the sealing trigger hashed, see migrations/0009_minutes_seal.sql).
import type { Queryable } from '../../db/index';

export type SealRow = {
  id: string; meeting_id: string; meeting_date: string; version: number; org_id: string; org_name: string; chain_seq: number;
  content_hash: string; prev_hash: string | null; hash: string; recomputed: string;
};

/** Versions of the units under `path` (every unit when null), in chain order per unit. */
export function sealRows(q: Queryable, path: string | null): Promise<SealRow[]> {
  return q.query<SealRow>(
    `SELECT v.id, v.meeting_id, m.date AS meeting_date, v.version, v.org_id, o.name AS org_name, v.chain_seq,
            v.content_hash, v.prev_hash, v.hash, minutes_sha256(minutes_content(v)) AS recomputed
       FROM minutes_versions v JOIN orgs o ON o.id = v.org_id JOIN meetings m ON m.id = v.meeting_id
      WHERE $1::text IS NULL OR o.path LIKE $1 || '%'
      ORDER BY v.org_id, v.chain_seq`,
    [path],
  );
}

export type GapRow = { meeting_id: string; meeting_date: string; org_id: string; org_name: string; version: number };

/**
 * Versions that should exist and do not: an approved meeting with none, a number skipped between a
 * meeting's versions, or a version the audit log records as approved (a second, independent record).
 */
export function missingVersions(q: Queryable, path: string | null): Promise<GapRow[]> {
  return q.query<GapRow>(
    `WITH scope AS (
       SELECT m.id, m.date, m.org_id, m.status, o.name FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE $1::text IS NULL OR o.path LIKE $1 || '%'),
     expected AS (
       SELECT s.id, 1 AS version FROM scope s WHERE s.status = 'approved'
       UNION SELECT s.id, generate_series(1, max(v.version)) FROM scope s JOIN minutes_versions v ON v.meeting_id = s.id GROUP BY s.id
       UNION SELECT s.id, (l.after->>'version')::int FROM audit_log l JOIN scope s ON s.id::text = l.entity_id
        WHERE l.action IN ('meeting.approve', 'meeting.approve_correction') AND l.after ? 'version')
     SELECT s.id AS meeting_id, s.date AS meeting_date, s.org_id, s.name AS org_name, e.version
       FROM expected e JOIN scope s ON s.id = e.id
      WHERE NOT EXISTS (SELECT 1 FROM minutes_versions v WHERE v.meeting_id = e.id AND v.version = e.version)
      ORDER BY s.org_id, s.date, e.version`,
    [path],
  );
}
