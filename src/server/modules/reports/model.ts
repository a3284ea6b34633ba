// What a report to the upper level says, computed by the one query layer (../dashboard/figures.ts) the dashboards
// use, so a report and a dashboard never disagree. The model is plain data: the XLSX and the party document are
// rendered from it, and an issued report keeps it as it was when issued.
import type { Db } from '../../db/index';
import { Invalid } from '../../errors';
import { periodFigures, totalsOf, type MemberFlag, type Totals } from '../dashboard/figures';
import { groupBy } from '../dashboard/tally';
import type { DocumentCoverage } from '../dashboard/sections';
import * as sql from './queries';

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

/** One row of a report's tables: a cell, a unit directly under the reporting one (its cells added up), or the total. */
export type ReportRow = {
  name: string;
  /** The unit directly under the reporting one that the row is, or that the cell belongs to. */
  unit: string;
  /** Cells the row adds up (1 for a cell). */
  cells: number;
  members: number; months: number; held: number; missing: number; expected: number; attended: number;
  rate: number | ''; tot: number; kha: number; tb: number; kem: number; thematic: number; committee: number;
  duesMeetings: number; duesPayers: number; duesPaid: number; duesExpected: number;
  disseminationDue: number; disseminationDone: number; disseminationOverdue: number;
  remediesOpen: number; remediesOverdue: number; remediesVerified: number;
  /** Members under the absence or dues rule (Charter art. 8): two months (a reminder), three or more (a flag). */
  absenceWarning: number; absenceFlag: number; duesWarning: number; duesFlag: number;
};
/** @deprecated the name of a row before rows were also units and totals. */
export type ReportCell = ReportRow;

export type ReportModel = {
  period: Period;
  org: { id: string; name: string; kind: string };
  parentName: string | null;
  place: string;
  /** The day the figures were computed (the issue date once issued). */
  date: string;
  totals: Totals;
  /**
   * 'cells' when every unit directly under the reporting one is a cell (a commune, or a cell itself): the tables go cell
   * by cell and name the members under the rules and the thematic meetings. 'units' when there are committees under it
   * (a district or a province): the tables go by the units directly under it, the members under the rules are counted
   * per unit, and the cell-by-cell detail is only in the XLSX (its sheet "Chi bộ").
   */
  level: 'cells' | 'units';
  /** The rows of the tables: the units directly under the reporting one (the cells at level 'cells'). */
  units: ReportRow[];
  /** The row of totals under them ("Cộng"). */
  total: ReportRow;
  /** Every cell of the subtree. */
  cells: ReportRow[];
  /** The members under the absence or dues rule, by name (level 'cells' only). */
  members: MemberFlag[];
  /** The thematic meetings held (level 'cells' only; at level 'units' counted in the rows). */
  thematic: { cell: string; date: string; topic: string }[];
  documents: DocumentCoverage[];
};

const NUMERIC: (keyof ReportRow)[] = [
  'cells', 'members', 'months', 'held', 'missing', 'expected', 'attended', 'tot', 'kha', 'tb', 'kem', 'thematic', 'committee',
  'duesMeetings', 'duesPayers', 'duesPaid', 'duesExpected', 'disseminationDue', 'disseminationDone', 'disseminationOverdue',
  'remediesOpen', 'remediesOverdue', 'remediesVerified', 'absenceWarning', 'absenceFlag', 'duesWarning', 'duesFlag',
];
const rateOf = (attended: number, expected: number): number | '' => (expected ? Math.round((attended / expected) * 1000) / 10 : '');

/** The rows added up into one (a unit's cells, or the total). */
export function sumRows(name: string, unit: string, rows: readonly ReportRow[]): ReportRow {
  const out = { name, unit, rate: '' } as ReportRow;
  for (const k of NUMERIC) (out as Record<string, unknown>)[k] = rows.reduce((s, r) => s + (r[k] as number), 0);
  out.rate = rateOf(out.attended, out.expected);
  return out;
}

export async function reportModel(q: Db, orgId: string, periodKey: string, today: string): Promise<ReportModel> {
  const period = parsePeriod(periodKey);
  const [parent, children, cellUnits] = await Promise.all([
    sql.parentAndPlace(q, orgId),
    sql.childrenOf(q, orgId),
    // The unit directly under the reporting one that each cell of the subtree belongs to (empty: the reporting cell).
    sql.cellUnits(q, orgId),
  ]);
  const level = children.every((c) => c.kind === 'cell') ? 'cells' : 'units';
  // Members under the rules are named only where the units below are cells; elsewhere each cell's counts add up.
  const f = await periodFigures(q, orgId, period.fromMonth, period.toMonth, today, { names: level === 'cells' });
  const names = new Map(f.cells.map((c) => [c.orgId, c.orgName]));
  const childById = new Map(children.map((c) => [c.id, c]));
  const unitOf = new Map(cellUnits.map((c) => [c.id, c.unit || c.id]));
  const cells: (ReportRow & { unitId: string })[] = f.cells.map((c) => {
    const held = c.months.filter((m) => m.state === 'held' || m.state === 'approved');
    const att = held.reduce((s, m) => ({ e: s.e + (m.attendance?.expected ?? 0), a: s.a + (m.attendance?.attended ?? 0) }), { e: 0, a: 0 });
    const lv = (l: string) => held.filter((m) => m.qualityLevel === l).length;
    const unitId = unitOf.get(c.orgId) ?? c.orgId;
    return {
      unitId, name: c.orgName, unit: childById.get(unitId)?.name ?? c.orgName, cells: 1,
      members: c.members.total, months: c.months.length, held: held.length,
      missing: c.months.filter((m) => m.state === 'missing').length, expected: att.e, attended: att.a, rate: rateOf(att.a, att.e),
      tot: lv('tot'), kha: lv('kha'), tb: lv('trung_binh'), kem: lv('kem'),
      thematic: c.thematic.reduce((s, x) => s + x.held, 0),
      committee: held.filter((m) => m.committeePresent).length,
      duesMeetings: c.dues.meetings, duesPayers: c.dues.payers, duesPaid: c.dues.paid, duesExpected: c.dues.expected,
      disseminationDue: c.dissemination.due, disseminationDone: c.dissemination.done, disseminationOverdue: c.dissemination.overdue,
      remediesOpen: c.remedies.open + c.remedies.reported, remediesOverdue: c.remedies.overdue, remediesVerified: c.remedies.verified,
      absenceWarning: c.rules.absenceWarning, absenceFlag: c.rules.absenceFlag, duesWarning: c.rules.duesWarning, duesFlag: c.rules.duesFlag,
    };
  });
  const byUnit = groupBy(cells, (c) => c.unitId);
  const units = level === 'cells'
    ? cells
    : [...byUnit.entries()]
      .map(([id, list]) => sumRows(childById.get(id)?.name ?? list[0].name, childById.get(id)?.name ?? list[0].name, list))
      .sort((a, b) => VI.compare(a.name, b.name));
  const strip = ({ unitId: _u, ...r }: ReportRow & { unitId: string }): ReportRow => r;
  return {
    period, org: { id: f.org.id, name: f.org.name, kind: f.org.kind }, parentName: parent?.name ?? null, place: parent?.place ?? '', date: today,
    totals: totalsOf(f),
    level,
    units: level === 'cells' ? cells.map(strip) : units,
    total: sumRows('Cộng', '', cells),
    // At level 'units' the cells go unit by unit, as the tables above them.
    cells: (level === 'cells' ? cells : [...cells].sort((a, b) => VI.compare(a.unit, b.unit) || VI.compare(a.name, b.name))).map(strip),
    members: level === 'cells' ? f.members : [],
    thematic: level === 'cells'
      ? f.thematicMeetings
        .filter((x) => x.status === 'held' || x.status === 'approved')
        .map((x) => ({ cell: names.get(x.orgId) ?? '', date: x.date, topic: x.topic ?? '' }))
      : [],
    documents: f.documents,
  };
}

const VI = new Intl.Collator('vi');
