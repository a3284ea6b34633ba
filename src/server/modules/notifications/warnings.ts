// Absence and dues warnings to the cell's secretary, run with the day's reminders. The rule is the one every screen
// uses: Charter; QĐ 24-QĐ/TW 2021, kept in QĐ 294-QĐ/TW 2025 — skipping meetings, or not paying dues, 3 months in a
// year without a valid reason puts the member up for removal; chibo warns at 2 months and flags at 3
// (absenceStatus in src/domain/meetings/absence.ts, duesWarnings in src/domain/meetings/dues.ts). It never removes.
// Each member notifies once per topic, level and year: the warning at 2 months, the flag at 3.
import type { Db } from '../../db/index';
import { parseIsoDate } from '../../../domain/dates';
import { absenceStatusByMember, type MeetingType } from '../../../domain/meetings/index';
import { absences } from '../dashboard/queries';
import { duesWarningList } from '../meetings/dues-warnings';
import { notify } from './notify';
import * as sql from './queries';
import { roots as rootUnits } from './queries-reminders';

type Warning = { topic: 'absence' | 'dues'; personId: string; member: string; orgId: string; org: string; level: 'warning' | 'flag'; months: number[] };

/** The members of one commune (or any root unit) under the absence or dues rule in `today`'s year, with their cell. */
async function warningsOf(db: Db, root: { id: string; path: string }, today: string): Promise<Warning[]> {
  const year = parseIsoDate(today).year;
  const out: Warning[] = [];
  const rows = await absences(db, root.path, `${year}-01-01`, today);
  const byMember = absenceStatusByMember(rows.map((r) => ({
    memberId: r.person_id, date: r.date, ...(r.original_date ? { originalDate: r.original_date } : {}), status: r.status, type: r.type as MeetingType,
  })), year);
  const absent = [...byMember].filter(([, a]) => a.level !== 'ok');
  if (absent.length) {
    // Current members only, in the cell they belong to now.
    const cells = await sql.currentCells(db, absent.map(([id]) => id));
    for (const [personId, a] of absent) {
      const c = cells.find((x) => x.person_id === personId);
      if (c && a.level !== 'ok') out.push({ topic: 'absence', personId, member: c.full_name, orgId: c.org_id, org: c.org_name, level: a.level, months: a.months });
    }
  }
  for (const w of (await duesWarningList(db, root.id, year)).items) {
    out.push({ topic: 'dues', personId: w.personId, member: w.name, orgId: w.orgId, org: w.orgName, level: w.level, months: w.unpaidMonths });
  }
  return out;
}

/** Reads every root unit's warnings, then notifies each cell's secretaries in one transaction. */
export async function memberWarnings(db: Db, today: string, outside: readonly string[]) {
  const year = parseIsoDate(today).year;
  const roots = await rootUnits(db);
  const all: Warning[] = [];
  for (const root of roots) all.push(...(await warningsOf(db, root, today)));
  await db.tx(async (q) => {
    for (const w of all) {
      const to = (await sql.secretariesOf(q, w.orgId)).map((r) => ({ personId: r.person_id, accountId: r.account_id }));
      await notify(q, to, `${w.topic}_warning`,
        { member: w.member, org: w.org, year, count: w.months.length, months: w.months.join(','), level: w.level },
        `/members/${w.personId}`, `${w.topic}_warning:${w.personId}:${year}:${w.level}`, outside);
    }
  });
}
