// The dues warning list of a cell or a whole commune: members who left months of the year unpaid without a valid
// reason (Charter; QĐ 24/2021 kept in QĐ 294-QĐ/TW 2025: 3 months in a year → considered for removal). The rule is
// `duesWarnings` / `duesArrears` / `duesMonthUnpaid` in src/domain/meetings/dues.ts, the same one the dues list of a meeting
// uses and the dashboards' stored months (member_year_months, migration 0022) are built from.
import type { Queryable } from '../../db/index';
import { parseIsoDate, todayVn } from '../../../domain/dates';
import { duesWarnings, expectedDues, REGULAR_KINDS, type DuesCategory, type DuesMonth } from '../../../domain/meetings/index';
import { getOrg } from '../orgs/service';
import { meetingSettings, type MeetingSettings } from './common';

type Row = {
  person_id: string; full_name: string; org_id: string; org_name: string; org_path: string; dues_category: DuesCategory; dues_base: number | null;
  date: string; original_date: string | null; amount_paid: number | null; expected: number | null; reason_accepted: boolean | null;
};

export async function duesWarningList(q: Queryable, orgId: string, year = parseIsoDate(todayVn()).year) {
  const org = await getOrg(q, orgId);
  // Each current member of the unit's cells, and the regular meetings of the year they were summoned to (in any cell).
  const rows = await q.query<Row>(
    `SELECT p.id AS person_id, p.full_name, o.id AS org_id, o.name AS org_name, o.path AS org_path, mb.dues_category, mb.dues_base,
            em.date::text AS date, em.original_date::text AS original_date, d.amount_paid, d.expected, d.reason_accepted
       FROM memberships ms JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = ms.person_id JOIN people p ON p.id = ms.person_id
       JOIN invitations i ON i.person_id = ms.person_id AND i.role IN ('member', 'exempt') AND coalesce(i.member_state, 'active') IN ('active', 'temp_exempt')
       JOIN meetings em ON em.id = i.meeting_id AND em.status IN ('held', 'approved') AND em.type = ANY ($3::text[])
       LEFT JOIN dues_payments d ON d.meeting_id = em.id AND d.person_id = ms.person_id
      WHERE ms.kind = 'official' AND ms.ended_on IS NULL AND o.path LIKE $1
        AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
        AND extract(year FROM coalesce(em.original_date, em.date)) = $2`,
    [org.path + '%', year, REGULAR_KINDS],
  );
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
