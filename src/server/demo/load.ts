// loadDemo: loads the generated demo into an empty database in one transaction, through the modules' services: the
// structure (units, members, officers, partners, accounts: load-structure.ts), then the cells' meetings through the
// meetings module's history (recordHistory: the phase services' rules, each record judged at its own time, written
// table by table by the module's queries), then the committee's year and the follow-up (their section files).
import { hashPassword } from '../auth/password';
import { joinTx, type Db, type Queryable } from '../db/index';
import { DEMO_PASSWORD } from './accounts';
import { generateDemo } from './generate';
import { recordHistory } from '../modules/meetings/history';
import { actorOf } from './actors';
import type { DemoData } from './types';
import { insertOversightDemo } from './oversight';
import { insertSupervisionDemo } from './supervision';
import { insertTrainingDemo } from './training';
import { insertReviewsDemo } from './reviews';
import { insertPlansDemo } from './plans';
import { insertFollowup } from './followup';
import { loadStructure } from './load-structure';
import { countOrgs } from '../modules/orgs/service';

// One argon2id hash for all demo accounts, computed once per process.
let demoHash: Promise<string> | undefined;
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

async function refuseIfNotEmpty(q: Queryable): Promise<void> {
  const n = await countOrgs(q);
  if (n > 0) {
    throw new Error(
      `Cơ sở dữ liệu đã có ${n} tổ chức đảng: chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống. ` +
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
    if (opts.meetings ?? true) await insertMeetings(db, q, data);
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

/**
 * The cells' meetings — the year and a half held, with their records, and those planned — entered as a history through
 * the meetings module (recordHistory: the phase services' rules, judged at each record's own time), by the administrator.
 */
async function insertMeetings(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const admin = await actorOf(q, data, data.accounts.find((a) => a.person_id === null)!.username);
  const { absentees: _story, ...history } = data.meetings;
  await recordHistory(joinTx(db, q), admin, history);
}

/** Members counted today: an open official membership and state active, exempt or temp_exempt. */
export function countCurrentMembers(data: DemoData): number {
  const open = new Set(data.memberships.filter((m) => m.ended_on === null && m.kind === 'official').map((m) => m.person_id));
  return data.members.filter((m) => open.has(m.person_id) && ['active', 'exempt', 'temp_exempt'].includes(m.state)).length;
}
