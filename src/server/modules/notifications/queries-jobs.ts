// The notifications module's SQL of the job table and the audit cursor.
import type { Queryable } from '../../db/index';

export type JobRow = { id: number; kind: string; payload: Record<string, unknown>; attempts: number };

/** Queues a job; one with a dedupe key already queued is not queued again. */
export async function insertJob(q: Queryable, kind: string, payload: Record<string, unknown>, key: string | null, runAt: Date | null): Promise<void> {
  await q.query(
    `INSERT INTO jobs (kind, payload, dedupe_key, run_at) VALUES ($1, $2::jsonb, $3, coalesce($4::timestamptz, now())) ON CONFLICT (dedupe_key) DO NOTHING`,
    [kind, JSON.stringify(payload), key, runAt],
  );
}

/** Marks up to `limit` due jobs as running for this worker (pending ones, and running ones whose lock expired) and returns them. */
export async function claimJobs(q: Queryable, limit: number, now: Date | null, lockSeconds: number): Promise<JobRow[]> {
  return q.query<JobRow>(
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = coalesce($2::timestamptz, now()) + make_interval(secs => $3)
      WHERE id IN (SELECT id FROM jobs
                    WHERE run_at <= coalesce($2::timestamptz, now())
                      AND (state = 'pending' OR (state = 'running' AND locked_until < coalesce($2::timestamptz, now())))
                    ORDER BY run_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING id::int AS id, kind, payload, attempts`,
    [limit, now, lockSeconds],
  );
}

export async function completeJob(q: Queryable, id: number): Promise<void> {
  await q.query(`UPDATE jobs SET state = 'done', done_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`, [id]);
}

/** A failed try: pending again after `retryMinutes`, or failed for good. */
export async function failJob(q: Queryable, id: number, state: 'pending' | 'failed', error: string, retryMinutes: number): Promise<void> {
  await q.query(
    `UPDATE jobs SET state = $2, locked_until = NULL, last_error = $3, run_at = now() + make_interval(mins => $4) WHERE id = $1`,
    [id, state, error, retryMinutes],
  );
}

/** Where a reader of the audit log stopped (locked until the transaction ends); undefined before its first round. */
export async function cursorForUpdate(q: Queryable, name: string): Promise<number | undefined> {
  const r = await q.one<{ position: string }>(`SELECT position FROM job_cursors WHERE name = $1 FOR UPDATE`, [name]);
  return r ? Number(r.position) : undefined;
}

export async function createCursor(q: Queryable, name: string, position: number): Promise<void> {
  await q.query(`INSERT INTO job_cursors (name, position) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [name, position]);
}

/** Sets a cursor, creating it if needed. */
export async function setCursor(q: Queryable, name: string, position: number): Promise<void> {
  await q.query(`INSERT INTO job_cursors (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position`, [name, position]);
}

export async function moveCursor(q: Queryable, name: string, position: number): Promise<void> {
  await q.query(`UPDATE job_cursors SET position = $2 WHERE name = $1`, [name, position]);
}
