// loadDemo: loads the generated demo into an empty database in one transaction. The structure (units, members,
// officers, partners, accounts) goes through the modules' services (load-structure.ts); the meetings, follow-up
// and the committee's year are still multi-row INSERTs (insertRows), pending the same move.
import { hashPassword } from '../auth/password';
import type { Db, Queryable } from '../db/index';
import { DEMO_PASSWORD } from './accounts';
import { generateDemo } from './generate';
import { ensureBuiltinSchemes } from '../modules/meetings/scoring';
import type { DemoData } from './types';
import { insertOversightDemo } from './oversight';
import { insertSupervisionDemo } from './supervision';
import { insertTrainingDemo } from './training';
import { insertReviewsDemo } from './reviews';
import { insertPlansDemo } from './plans';
import { insertFollowup } from './followup';
import { loadStructure } from './load-structure';

const BATCH = 200;

// One argon2id hash for all demo accounts, computed once per process.
let demoHash: Promise<string> | undefined;
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

function toParam(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v) ? JSON.stringify(v) : v;
}

/** Inserts rows whose keys are the column names (every row has the same keys), BATCH rows per statement. */
export async function insertRows(q: Queryable, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  for (let i = 0; i < rows.length; i += BATCH) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + BATCH).map((row) => {
      const r = row as Record<string, unknown>;
      return `(${cols.map((c) => { params.push(toParam(r[c])); return `$${params.length}`; }).join(', ')})`;
    });
    await q.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

async function refuseIfNotEmpty(q: Queryable): Promise<void> {
  const r = await q.one<{ n: number }>('SELECT count(*)::int AS n FROM orgs');
  if (r && r.n > 0) {
    throw new Error(
      `Cơ sở dữ liệu đã có ${r.n} tổ chức đảng: chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống. ` +
        `(The database already has organizations; demo data loads only into an empty database.)`,
    );
  }
}

/**
 * Loads the demo commune (seed 20220110 as on DEMO_TODAY unless data is given: the app passes
 * generateDemo(undefined, todayVn()) for a story told from today). Refuses a database that already has units.
 * With the cells' meeting history and next month's planned meetings unless `meetings: false`.
 */
export async function loadDemo(
  db: Db, data: DemoData = generateDemo(), opts: { meetings?: boolean } = {},
): Promise<{ orgs: number; members: number; accounts: number }> {
  await refuseIfNotEmpty(db);
  const passwordHash = await demoPasswordHash();
  await db.tx(async (q) => {
    await refuseIfNotEmpty(q);
    await loadStructure(db, q, data, passwordHash);
    if (opts.meetings ?? true) await insertMeetings(q, data);
    if (opts.meetings ?? true) await insertOversightDemo(db, q, data);
    if (opts.meetings ?? true) await insertSupervisionDemo(db, q, data);
    if (opts.meetings ?? true) await insertPlansDemo(q, data);
    if (opts.meetings ?? true) await insertTrainingDemo(db, q, data);
    if (opts.meetings ?? true) await insertReviewsDemo(db, q, data);
    if (opts.meetings ?? true) await insertFollowup(db, q, data);
  });
  // Planner statistics for the rows just loaded (PGlite runs no autovacuum; without them the dashboards' plans are ~3× slower).
  await db.exec('ANALYZE');
  return { orgs: data.orgs.length, members: countCurrentMembers(data), accounts: data.accounts.length };
}

/** The cells' meetings, after the built-in scoring schemes their scores refer to (inserted as the service does). */
async function insertMeetings(q: Queryable, data: DemoData): Promise<void> {
  const m = data.meetings;
  await ensureBuiltinSchemes(q);
  await insertRows(q, 'meetings', m.meetings);
  await insertRows(q, 'meeting_preparation', m.meetingPreparation);
  await insertRows(q, 'agenda_items', m.agendaItems);
  await insertRows(q, 'invitations', m.invitations);
  await insertRows(q, 'attendance', m.attendance);
  await insertRows(q, 'speeches', m.speeches);
  await insertRows(q, 'votes', m.votes);
  await insertRows(q, 'dues_payments', m.duesPayments);
  await insertRows(q, 'meeting_scores', m.meetingScores);
  await insertRows(q, 'minutes_versions', m.minutesVersions);
  await insertRows(q, 'minutes_addenda', m.minutesAddenda);
  await insertRows(q, 'document_numbers', m.documentNumbers);
}

/** Members counted today: an open official membership and state active, exempt or temp_exempt. */
export function countCurrentMembers(data: DemoData): number {
  const open = new Set(data.memberships.filter((m) => m.ended_on === null && m.kind === 'official').map((m) => m.person_id));
  return data.members.filter((m) => open.has(m.person_id) && ['active', 'exempt', 'temp_exempt'].includes(m.state)).length;
}
