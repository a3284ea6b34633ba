// The dues warning list of a cell or a whole commune: members who left months of the year unpaid without a valid
// reason (Charter; QĐ 24/2021 kept in QĐ 294-QĐ/TW 2025: 3 months in a year → considered for removal). The rule is
// `duesWarnings` / `duesArrears` / `duesMonthUnpaid` in src/domain/meetings/dues.ts, the same one the dues list of a meeting
// uses and the dashboards' stored months (member_year_months, migration 0022) are built from.
import type { Queryable } from '../../db/index';
import { parseIsoDate, todayVn } from '../../../domain/dates';
import { duesWarnings, expectedDues, type DuesMonth } from '../../../domain/meetings/index';
import { getOrg } from '../orgs/service';
import { meetingSettings, type MeetingSettings } from './common';
import * as sql from './queries';

export async function duesWarningList(q: Queryable, orgId: string, year = parseIsoDate(todayVn()).year) {
  const org = await getOrg(q, orgId);
  // Each current member of the unit's cells, and the regular meetings of the year they were summoned to (in any cell).
  const rows = await sql.duesMonthsOfYear(q, org.path, year);
  const settings = new Map<string, MeetingSettings>();
  const members = new Map<string, { personId: string; name: string; orgId: string; orgName: string; months: DuesMonth[] }>();
  for (const r of rows) {
    let s = settings.get(r.org_path);
    if (!s) settings.set(r.org_path, (s = await meetingSettings(q, r.org_path)));
    let suggested: number | null = null;
    try {
      suggested = expectedDues(r.dues_category, { area: s.duesArea, ...(r.dues_base !== null ? { baseAmount: r.dues_base } : {}) }, s.duesRates);
    } catch {
      suggested = null; // salaried or pensioner without a declared base
    }
    const d = parseIsoDate(r.original_date ?? r.date);
    const m = members.get(r.person_id) ?? { personId: r.person_id, name: r.full_name, orgId: r.org_id, orgName: r.org_name, months: [] };
    // The month's expected amount is the one recorded with it (duesMonthUnpaid); the suggestion only prices a month
    // with nothing recorded (its arrears), which counts as unpaid whatever it was.
    m.months.push({ year: d.year, month: d.month, expected: r.expected ?? (r.amount_paid === null ? suggested : null), paid: r.amount_paid, excused: r.reason_accepted === true });
    members.set(r.person_id, m);
  }
  return { year, items: duesWarnings([...members.values()], year) };
}
