// Monthly reports written as they were submitted, after the fact (the demo's past): many at once, with the times
// given, under the rules of submitReport — a month not after `today`'s, a cell or one of its partner units, the due
// day the module computes for the month, "entered by the secretary" for a partner unit unless one of its own contacts
// submitted it — and a 'report.submit' audit entry each, by the account that submitted it.
import type { Queryable } from '../../db/index';
import { Invalid, NotFound } from '../../errors';
import { auditMany } from '../../audit';
import { isMonth } from '../../../domain/followup/reports';
import * as sql from './queries';
import { duesOf } from './service';

export type PastReport = {
  id: string; orgId: string; partnerId: string | null; month: string; submittedOn: string; at: Date; submittedBy: string | null;
  difficulties: string; proposals: string;
};

export async function writePastReports(q: Queryable, reports: PastReport[], today: string): Promise<void> {
  const partnerIds = [...new Set(reports.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))];
  const [orgs, partners, contacts] = await Promise.all([
    sql.orgsByIds(q, [...new Set(reports.map((r) => r.orgId))]), sql.partnersByIds(q, partnerIds), sql.contactAccounts(q, partnerIds),
  ]);
  const org = new Map(orgs.map((o) => [o.id, o]));
  const partner = new Map(partners.map((p) => [p.id, p]));
  const contact = new Set(contacts.map((c) => `${c.partner_unit_id}|${c.account_id}`));
  for (const r of reports) {
    if (!isMonth(r.month)) throw Invalid('report_month_invalid', { month: r.month });
    if (r.month > today.slice(0, 7) || r.submittedOn > today) throw Invalid('report_future_month', { month: `${r.month.slice(5)}/${r.month.slice(0, 4)}` });
    const o = org.get(r.orgId);
    if (!o) throw NotFound('org_not_found');
    if (o.kind !== 'cell') throw Invalid('report_org_not_cell');
    if (r.partnerId && partner.get(r.partnerId)?.org_id !== r.orgId) throw Invalid('report_partner_not_of_cell');
  }
  const dues = new Map<string, Map<string, string>>();
  for (const month of new Set(reports.map((r) => r.month))) {
    const cells = [...new Set(reports.filter((r) => r.month === month).map((r) => r.orgId))].map((id) => ({ org_id: id, org_path: org.get(id)!.path }));
    dues.set(month, await duesOf(q, cells, month));
  }
  const rows = reports.map((r) => ({
    id: r.id, orgId: r.orgId, partnerId: r.partnerId, month: r.month, dueOn: dues.get(r.month)!.get(r.orgId)!, submittedOn: r.submittedOn,
    submittedAt: r.at, submittedBy: r.submittedBy,
    bySecretary: !!r.partnerId && !(r.submittedBy && contact.has(`${r.partnerId}|${r.submittedBy}`)),
    difficulties: r.difficulties.trim(), proposals: r.proposals.trim(),
  }));
  await sql.insertPastReports(q, rows);
  await auditMany(q, rows.map((r) => {
    const name = r.partnerId ? partner.get(r.partnerId)!.name : org.get(r.orgId)!.name;
    return { accountId: r.submittedBy, action: 'report.submit' as const, entity: 'monthly_report', entityId: r.id, orgPath: org.get(r.orgId)!.path,
      summary: `${name} ${r.month}`, after: { partnerId: r.partnerId, difficulties: r.difficulties, proposals: r.proposals, items: [] } };
  }));
}
