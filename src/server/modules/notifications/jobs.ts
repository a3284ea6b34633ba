// The job table: work queued in the database and claimed with FOR UPDATE SKIP LOCKED, so that several app instances on
// one PostgreSQL each take different jobs and every job runs once; PGlite runs the same SQL. A job whose worker died
// (a restart) is taken up again once its lock has expired; a failing job is tried again later, then left as failed.
import type { Db, Queryable } from '../../db/index';
import * as sql from './queries-jobs';

export type Job = sql.JobRow;
export type Handler = (job: Job) => Promise<void>;

export const MAX_ATTEMPTS = 6;
const LOCK_SECONDS = 300;

/** Queues a job; a job with a dedupe key is queued once, whatever the number of callers or instances. */
export async function enqueue(q: Queryable, kind: string, payload: Record<string, unknown>, opts: { key?: string; runAt?: Date } = {}) {
  await sql.insertJob(q, kind, payload, opts.key ?? null, opts.runAt ?? null);
}

/** Takes up to `limit` due jobs for this worker: pending ones, and running ones whose worker stopped before finishing. */
export async function claim(db: Db, limit: number, now?: Date): Promise<Job[]> {
  return db.tx((q) => sql.claimJobs(q, limit, now ?? null, LOCK_SECONDS));
}

export async function complete(db: Db, id: number) {
  await sql.completeJob(db, id);
}

/** A failed try: again after 1, 4, 9… minutes, then given up (left as 'failed' with its error, for the operator). */
export async function fail(db: Db, job: Job, err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  const last = job.attempts >= MAX_ATTEMPTS;
  await sql.failJob(db, job.id, last ? 'failed' : 'pending', message.slice(0, 1000), job.attempts * job.attempts);
}

/** Runs every due job once with its handler; returns how many ran. An unknown kind fails (and is kept) rather than vanish. */
export async function runDue(db: Db, handlers: Record<string, Handler>, opts: { limit?: number; now?: Date } = {}): Promise<number> {
  let ran = 0;
  for (;;) {
    const jobs = await claim(db, opts.limit ?? 20, opts.now);
    if (!jobs.length) return ran;
    for (const job of jobs) {
      try {
        const h = handlers[job.kind];
        if (!h) throw new Error(`unknown job kind ${job.kind}`);
        await h(job);
        await complete(db, job.id);
      } catch (err) {
        await fail(db, job, err);
      }
      ran++;
    }
  }
}
