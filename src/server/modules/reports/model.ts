// What a report to the upper level says, computed by the one query layer (../dashboard/figures.ts) the dashboards
// use, so a report and a dashboard never disagree. The model is plain data: the XLSX and the party document are
// rendered from it, and an issued report keeps it as it was when issued.
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { periodFigures, totalsOf, type MemberFlag, type Totals } from '../dashboard/figures';
import type { DocumentCoverage } from '../dashboard/sections';

export type Period = { key: string; fromMonth: string; toMonth: string; label: string; title: string };

/** 'YYYY-MM' | 'YYYY-Qn' | 'YYYY-H1' | 'YYYY-H2' | 'YYYY' → the months it covers and its names. */
export function parsePeriod(key: string): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { key, fromMonth: key, toMonth: key, label: `tháng ${m[2]}/${m[1]}`, title: `THÁNG ${m[2]} NĂM ${m[1]}` };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const q = Number(m[2]);
    const roman = ['I', 'II', 'III', 'IV'][q - 1];
    return { key, fromMonth: `${m[1]}-${pad(q * 3 - 2)}`, toMonth: `${m[1]}-${pad(q * 3)}`, label: `quý ${roman} năm ${m[1]}`, title: `QUÝ ${roman} NĂM ${m[1]}` };
  }
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) {
    const h = Number(m[2]);
    return {
      key, fromMonth: `${m[1]}-${h === 1 ? '01' : '07'}`, toMonth: `${m[1]}-${h === 1 ? '06' : '12'}`,
      label: `${h === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${m[1]}`, title: `${h === 1 ? '6 THÁNG ĐẦU NĂM' : '6 THÁNG CUỐI NĂM'} ${m[1]}`,
    };
  }
  m = /^(\d{4})$/.exec(key);
  if (m) return { key, fromMonth: `${key}-01`, toMonth: `${key}-12`, label: `năm ${key}`, title: `NĂM ${key}` };
  throw Invalid('validation', { detail: `period=${key} (YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY)` });
}

export type ReportCell = {
  name: string; members: number; months: number; held: number; missing: number; expected: number; attended: number;
  rate: number | ''; tot: number; kha: number; tb: number; kem: number; thematic: number; committee: number;
  duesMeetings: number; duesPayers: number; duesPaid: number; duesExpected: number;
  disseminationDue: number; disseminationDone: number; disseminationOverdue: number;
  remediesOpen: number; remediesOverdue: number; remediesVerified: number;
};

export type ReportModel = {
  period: Period;
  org: { id: string; name: string; kind: string };
  parentName: string | null;
  place: string;
  /** The day the figures were computed (the issue date once issued). */
  date: string;
  totals: Totals;
  cells: ReportCell[];
  members: MemberFlag[];
  thematic: { cell: string; date: string; topic: string }[];
  documents: DocumentCoverage[];
};

export async function reportModel(q: Db, orgId: string, periodKey: string, today: string): Promise<ReportModel> {
  const period = parsePeriod(periodKey);
  const f = await periodFigures(q, orgId, period.fromMonth, period.toMonth, today, { names: true });
  const parent = await q.one<{ name: string | null; place: string | null }>(
    `SELECT pa.name, o.place FROM orgs o LEFT JOIN orgs pa ON pa.id = o.parent_id WHERE o.id = $1`, [orgId],
  );
  const names = new Map(f.cells.map((c) => [c.orgId, c.orgName]));
  return {
    period, org: { id: f.org.id, name: f.org.name, kind: f.org.kind }, parentName: parent?.name ?? null, place: parent?.place ?? '', date: today,
    totals: totalsOf(f),
    cells: f.cells.map((c) => {
      const held = c.months.filter((m) => m.state === 'held' || m.state === 'approved');
      const att = held.reduce((s, m) => ({ e: s.e + (m.attendance?.expected ?? 0), a: s.a + (m.attendance?.attended ?? 0) }), { e: 0, a: 0 });
      const lv = (l: string) => held.filter((m) => m.qualityLevel === l).length;
      return {
        name: c.orgName, members: c.members.total, months: c.months.length, held: held.length,
        missing: c.months.filter((m) => m.state === 'missing').length, expected: att.e, attended: att.a,
        rate: att.e ? Math.round((att.a / att.e) * 1000) / 10 : '',
        tot: lv('tot'), kha: lv('kha'), tb: lv('trung_binh'), kem: lv('kem'),
        thematic: c.thematic.reduce((s, x) => s + x.held, 0),
        committee: held.filter((m) => m.committeePresent).length,
        duesMeetings: c.dues.meetings, duesPayers: c.dues.payers, duesPaid: c.dues.paid, duesExpected: c.dues.expected,
        disseminationDue: c.dissemination.due, disseminationDone: c.dissemination.done, disseminationOverdue: c.dissemination.overdue,
        remediesOpen: c.remedies.open + c.remedies.reported, remediesOverdue: c.remedies.overdue, remediesVerified: c.remedies.verified,
      };
    }),
    members: f.members,
    thematic: f.thematicMeetings
      .filter((x) => x.status === 'held' || x.status === 'approved')
      .map((x) => ({ cell: names.get(x.orgId) ?? '', date: x.date, topic: x.topic ?? '' })),
    documents: f.documents,
  };
}
