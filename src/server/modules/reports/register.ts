// The register of reports to the upper level: the office writes the narrative around the figures (each save is a
// new version, none overwritten), then issues the report: it takes the unit's next "BC" number in its numbering
// scope (HD 36-HD/VPTW: numbers run per unit and document type within the term or the year, never reused), and the
// figures are kept as they were that day.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { audit } from '../../audit';
import { Conflict, Invalid } from '../../errors';
import { todayVn } from '../../../domain/dates';
import { formatDocNumber, nextNumber, numberingScope } from '../../../domain/meetings/index';
import { getOrg } from '../orgs/service';
import { meetingSettings, rule } from '../meetings/common';
import { monthRange } from '../dashboard/tally';
import { parsePeriod, reportModel, type ReportModel } from './model';
import type { Narrative, ReportDoc } from './render';
import * as sql from './queries';
import { narrativeOf, presentReportState } from './presenters';

/** A report's state in the register: draft or issued, its number, its current narrative and every version saved. */
export async function reportState(q: Queryable, orgId: string, periodKey: string) {
  const period = parsePeriod(periodKey);
  const r = await sql.report(q, orgId, periodKey);
  const list = r ? await sql.versions(q, r.id) : [];
  return presentReportState(orgId, periodKey, period.label, r, list);
}

export type SaveNarrative = { orgId: string; period: string; version: number; narrative: Narrative };

/** Saves the narrative as a new version. `version` is the one the writer started from: a later save by someone else is refused. */
export async function saveNarrative(db: Db, who: Principal, input: SaveNarrative) {
  parsePeriod(input.period);
  return db.tx(async (q) => {
    const org = await getOrg(q, input.orgId);
    const r = await sql.ensureReport(q, org.id, input.period);
    if (r.status === 'issued') throw Conflict('party_report_issued', { number: r.number ?? '' });
    const current = (await sql.versions(q, r.id))[0]?.version ?? 0;
    if (input.version !== current) throw Conflict('party_report_stale', { version: current });
    const narrative: Narrative = {
      strengths: input.narrative.strengths.trim(), weaknesses: input.narrative.weaknesses.trim(),
      directions: input.narrative.directions.trim(), proposals: input.narrative.proposals.trim(),
    };
    await sql.insertVersion(q, r.id, current + 1, narrative, who.accountId, who.fullName ?? who.username);
    await audit(q, who, {
      action: 'report.narrative', entity: 'party_report', entityId: r.id, orgPath: org.path,
      summary: `${parsePeriod(input.period).label}: phiên bản ${current + 1}`, after: narrative,
    });
    return reportState(q, org.id, input.period);
  });
}

export type IssueReport = { orgId: string; period: string; date?: string };

/** Issues the report: the narrative's last version, the next number, the figures of the issue date, kept as they are. */
export async function issueReport(db: Db, who: Principal, input: IssueReport, today = todayVn()) {
  const period = parsePeriod(input.period);
  const date = input.date ?? today;
  if (date > today || date < monthRange(period.fromMonth).from) {
    throw Invalid('party_report_date', { from: monthRange(period.fromMonth).from.split('-').reverse().join('/') });
  }
  // The figures of the issue date, computed before the numbering transaction (the query layer reads with its own connection).
  const snapshot = await reportModel(db, input.orgId, input.period, date);
  return db.tx(async (q) => {
    const org = await getOrg(q, input.orgId);
    await sql.lockUnit(q, org.id);
    const r = await sql.ensureReport(q, org.id, input.period);
    if (r.status === 'issued') throw Conflict('party_report_issued', { number: r.number ?? '' });
    const last = (await sql.versions(q, r.id))[0];
    const n = narrativeOf(last?.narrative);
    if (!last || !n.strengths || !n.weaknesses || !n.directions) throw Invalid('party_report_narrative_required');
    const s = await meetingSettings(q, org.path);
    const scopeKey = rule(() => numberingScope({ by: s.numberingBy, date, termStart: s.termStart }));
    const seq = nextNumber((await sql.issuedSeqs(q, org.id, scopeKey)).map((x) => x.seq));
    const number = formatDocNumber(seq, 'BC', org.kind === 'cell' ? s.docSuffix : 'ĐU');
    await sql.markIssued(q, r.id, { scopeKey, seq, number, issuedOn: date, version: last.version, accountId: who.accountId, snapshot });
    await audit(q, who, {
      action: 'report.issue', entity: 'party_report', entityId: r.id, orgPath: org.path,
      summary: `${number}: báo cáo ${period.label}`, after: { number, date, version: last.version },
    });
    return reportState(q, org.id, input.period);
  });
}

/**
 * What a download renders: an issued report as issued (its number, its figures of the issue date, the narrative
 * issued); otherwise a draft with today's figures and the narrative's last version.
 */
export async function reportDoc(q: Db, orgId: string, periodKey: string, today = todayVn()): Promise<ReportDoc> {
  parsePeriod(periodKey);
  const r = await sql.report(q, orgId, periodKey);
  const list = r ? await sql.versions(q, r.id) : [];
  if (r?.status === 'issued') {
    const v = list.find((x) => x.version === r.issued_version);
    return { model: r.snapshot as ReportModel, narrative: narrativeOf(v?.narrative), number: r.number };
  }
  await getOrg(q, orgId);
  return { model: await reportModel(q, orgId, periodKey, today), narrative: list[0] ? narrativeOf(list[0].narrative) : null, number: null };
}
