// The one query layer of figures. Dashboards (this month, one cell, trends) and the reports to the upper level
// all call periodFigures / trendFigures, so a dashboard and a report never disagree. Every rule comes from
// src/domain (attendance counting, the absence rule, thematic quarters, score levels); nothing is re-written here.
import type { Db, Queryable } from '../../db/index';
import { taskStatusOn } from '../../../domain/followup/tasks';
import { monthAsOf } from '../monthly-reports/service';
import { parseIsoDate, quarterOf } from '../../../domain/dates';
import {
  ABSENCE_WARNING_MONTHS, absenceLevel, duesLevel, monthsOfMask, plannedDate, quartersWithoutThematic, REGULAR_KINDS,
  type AbsenceLevel, type ScoreLevel,
} from '../../../domain/meetings/index';
import { getOrg } from '../orgs/service';
import { settingsFrom } from '../meetings/common';
import { quartersOverlapping } from '../meetings/schedule';
import * as sql from './queries';
import { groupBy, monthRange, monthsBetween, rate, shiftMonth, sumTallies, tally, type Tally } from './tally';
import { emptySections, sectionFigures, type CellSections, type DocumentCoverage, type SupervisionFigures } from './sections';

export type MeetingState = 'approved' | 'held' | 'planned' | 'late' | 'missing';
export const MEETING_STATES: readonly MeetingState[] = ['approved', 'held', 'planned', 'late', 'missing'];
export const LEVELS: readonly ScoreLevel[] = ['tot', 'kha', 'trung_binh', 'kem'];


export type CellMonth = {
  month: string;
  state: MeetingState;
  meetingId: string | null;
  date: string | null;
  /** The rule's date when no meeting is planned yet. */
  plannedDate: string;
  attendance: Tally | null;
  attendanceRate: number | null;
  qualityLevel: ScoreLevel | null;
  scoreConfirmed: boolean;
  /** A committee member in charge came (null when no meeting was held). */
  committeePresent: boolean | null;
};

export type CellFigures = {
  orgId: string;
  orgName: string;
  parentId: string | null;
  months: CellMonth[];
  /** Quarters touched by the period, with the number of thematic meetings held (the domain decides coverage). */
  thematic: { year: number; quarter: number; covered: boolean; held: number }[];
  members: { total: number; official: number; probationary: number; exempt: number };
  /** Tasks owned in the cell not finished today, and those past their due date (taskStatusOn). */
  tasks: { open: number; overdue: number };
  /** Monthly reports of the cell and its partner units for the period's last month: expected, in, past due and not in. */
  monthlyReports: { expected: number; submitted: number; overdue: number } | null;
  /** Members of the cell under the absence and the dues rule (warning: 2 months of the year so far, flag: 3 or more). */
  rules: RuleCounts;
} & CellSections;

/** `toRemind`: the members under either rule (a warning or a flag), each counted once — the people of the cell's list. */
export type RuleCounts = { absenceWarning: number; absenceFlag: number; duesWarning: number; duesFlag: number; toRemind: number };
const NO_RULES: RuleCounts = { absenceWarning: 0, absenceFlag: 0, duesWarning: 0, duesFlag: 0, toRemind: 0 };

export type MemberFlag = {
  personId: string; fullName: string; orgId: string; orgName: string;
  absence: { level: AbsenceLevel; months: number[] }; dues: { level: AbsenceLevel; months: number[] };
};

export type PeriodFigures = {
  org: { id: string; name: string; kind: string; path: string };
  from: string; to: string; months: string[]; today: string; year: number;
  cells: CellFigures[];
  /** The members behind the rule counts by name, when asked for (`names`); a dashboard counts them per cell. */
  members: MemberFlag[];
  /** Thematic meetings held in the period (any state but cancelled counts for coverage, as the rule says). */
  thematicMeetings: { meetingId: string; orgId: string; date: string; topic: string | null; status: string }[];
  /** Documents to disseminate in the period and how many of their target cells did (sections.ts). */
  documents: DocumentCoverage[];
  supervision: SupervisionFigures;
};

const pickMain = (list: sql.MeetingFact[]): sql.MeetingFact | undefined => {
  const rank = (s: string) => ['approved', 'held', 'planned', 'moved', 'cancelled'].indexOf(s);
  return [...list].sort((a, b) => rank(a.status) - rank(b.status))[0];
};

/**
 * Every figure of a unit's subtree over whole months [fromMonth, toMonth] (one month for a dashboard, a quarter,
 * half-year or year for a report). `today` decides what is still planned and what is late.
 */
export async function periodFigures(
  q: Db, orgId: string, fromMonth: string, toMonth: string, today: string, opts: { names?: boolean } = {},
): Promise<PeriodFigures> {
  const org = await getOrg(q, orgId);
  const months = monthsBetween(fromMonth, toMonth);
  const from = monthRange(fromMonth).from;
  const to = monthRange(toMonth).to;
  const year = Number(toMonth.slice(0, 4));
  const quarters = quartersOverlapping(from, to);
  const qFrom = quarters[0].start < from ? quarters[0].start : from;
  const qTo = quarters[quarters.length - 1].end;
  const upto = Number(toMonth.slice(5, 7));
  // Every statement at once (each reads the subtree by its path), so that the request waits for the slowest one only.
  const [cellRows, meetingRows, memberRows, taskRows, sections, ruleRows, chainRows, groups, reportView] = await Promise.all([
    sql.cells(q, org.path), sql.meetings(q, org.path, qFrom, qTo), sql.memberCounts(q, org.path), sql.openTasks(q, org.path),
    sectionFigures(q, org.path, from, to, today), sql.ruleCounts(q, org.path, year, upto), sql.unitsOf(q, org.path),
    sql.heldRollTotals(q, org.path, from, to),
    // Monthly reports exist for months that have begun (null otherwise), overdue as on the figures' `today`.
    monthAsOf(q, orgId, toMonth, today),
  ]);
  const rulesBy = new Map<string, RuleCounts>();
  for (const r of ruleRows) {
    const c = rulesBy.get(r.org_id) ?? { ...NO_RULES };
    const a = absenceLevel(r.absence);
    const d = duesLevel(r.dues);
    if (a === 'warning') c.absenceWarning += r.n;
    if (a === 'flag') c.absenceFlag += r.n;
    if (d === 'warning') c.duesWarning += r.n;
    if (d === 'flag') c.duesFlag += r.n;
    if (a !== 'ok' || d !== 'ok') c.toRemind += r.n;
    rulesBy.set(r.org_id, c);
  }
  const tasksBy = groupBy(taskRows, (r) => r.org_id);
  const reports = reportView ? groupBy(reportView.items, (i) => i.orgId) : null;
  const byId = new Map(chainRows.map((o) => [o.id, o]));
  const inPeriod = meetingRows.filter((m) => (m.original_date ?? m.date) >= from && (m.original_date ?? m.date) <= to);
  const groupsBy = groupBy(groups, (g) => g.meeting_id);

  const meetingsBy = groupBy(meetingRows, (m) => m.org_id);
  const membersBy = new Map(memberRows.map((r) => [r.org_id, r]));
  // Work done once per request rather than once per cell (a province has 3,000): the meeting rule's day for each
  // distinct chain of units' settings, each meeting's year and quarter.
  const dayOf = new Map<string, number>();
  const dayOfMonthFor = (chain: sql.AncestorRow[]) => {
    const key = chain.map((o) => (o.settings && Object.keys(o.settings).length ? o.id : '')).join('/');
    let d = dayOf.get(key);
    if (d === undefined) dayOf.set(key, (d = settingsFrom(chain).rule.dayOfMonth));
    return d;
  };
  const quarterOfMeeting = new Map(meetingRows.map((m) => {
    const d = parseIsoDate(m.date);
    return [m.id, { year: d.year, quarter: quarterOf(d.month) }];
  }));
  const cells: CellFigures[] = cellRows.map((cell) => {
    const chain = cell.path.split('/').filter(Boolean).reverse().map((id) => byId.get(id)!).filter(Boolean);
    const dayOfMonth = dayOfMonthFor(chain);
    const own = meetingsBy.get(cell.id) ?? [];
    const cellMonths = months.map((month): CellMonth => {
      const [y, mo] = month.split('-').map(Number);
      const planned = plannedDate(y, mo, dayOfMonth);
      const m = pickMain(own.filter((x) => REGULAR_KINDS.includes(x.type) && (x.original_date ?? x.date).startsWith(month)));
      const monthOver = monthRange(month).to < today;
      let state: MeetingState;
      if (m?.status === 'approved' || m?.status === 'held') state = m.status;
      else if (m && m.status !== 'cancelled') state = monthOver ? 'missing' : m.date < today ? 'late' : 'planned';
      else state = monthOver || m?.status === 'cancelled' ? 'missing' : planned < today ? 'late' : 'planned';
      const wasHeld = state === 'approved' || state === 'held';
      const t = wasHeld && m ? tally(groupsBy.get(m.id) ?? []) : null;
      // The committee member in charge came to any of the cell's meetings held that month.
      const heldThatMonth = own.filter((x) => (x.status === 'held' || x.status === 'approved') && (x.original_date ?? x.date).startsWith(month));
      return {
        month, state, meetingId: m?.id ?? null, date: m?.date ?? null, plannedDate: planned, attendance: t, attendanceRate: rate(t),
        qualityLevel: wasHeld ? m!.level : null, scoreConfirmed: wasHeld ? m!.confirmed : false,
        committeePresent: heldThatMonth.length ? heldThatMonth.some((x) => x.overseer_present) : null,
      };
    });
    const thematic = quarters.map(({ year: qy, quarter }) => ({
      year: qy, quarter,
      covered: !quartersWithoutThematic(own.map((m) => ({ date: m.date, type: m.type, status: m.status })), qy).includes(quarter),
      held: own.filter((m) => {
        if (!((m.type === 'thematic' || m.type === 'combined') && (m.status === 'held' || m.status === 'approved'))) return false;
        const d = quarterOfMeeting.get(m.id)!;
        return d.year === qy && d.quarter === quarter;
      }).length,
    }));
    const mine = membersBy.get(cell.id);
    const tasks = { open: 0, overdue: 0 };
    for (const r of tasksBy.get(cell.id) ?? []) {
      tasks.open += r.n;
      if (taskStatusOn(r.status, r.due_on, today) === 'overdue') tasks.overdue += r.n;
    }
    const rep = reports?.get(cell.id) ?? [];
    return {
      ...(sections.byCell.get(cell.id) ?? emptySections()),
      orgId: cell.id, orgName: cell.name, parentId: cell.parent_id, months: cellMonths, thematic, tasks,
      monthlyReports: reports
        ? { expected: rep.length, submitted: rep.filter((i) => i.state !== 'missing').length, overdue: rep.filter((i) => i.overdue).length }
        : null,
      rules: rulesBy.get(cell.id) ?? { ...NO_RULES },
      members: mine
        ? { total: mine.total, official: mine.official, probationary: mine.probationary, exempt: mine.exempt }
        : { total: 0, official: 0, probationary: 0, exempt: 0 },
    };
  });

  const members = opts.names ? (await ruleMembers(q, org.path, `${toMonth}`, 'all', 0, NAMES_CAP)).items : [];
  const thematicMeetings = inPeriod
    .filter((m) => (m.type === 'thematic' || m.type === 'combined') && m.status !== 'cancelled')
    .map((m) => ({ meetingId: m.id, orgId: m.org_id, date: m.date, topic: m.topic, status: m.status }));
  return {
    org: { id: org.id, name: org.name, kind: org.kind, path: org.path }, from, to, months, today, year, cells, members, thematicMeetings,
    documents: sections.documents, supervision: sections.supervision,
  };
}

/** A report names at most this many members (a province report counts them per unit). */
export const NAMES_CAP = 5000;

/**
 * The members of a unit's active cells under the absence rule (Charter art. 8; QĐ 24-QĐ/TW) or the dues rule
 * (duesMonthUnpaid) in the year of `month`, counting the months from January to `month`: those with at least the
 * rules' first threshold (2 months) under the chosen rule, by cell then name, one page, with their number.
 */
export async function ruleMembers(
  q: Queryable, path: string, month: string, topic: 'absence' | 'dues' | 'all', offset: number, limit: number,
): Promise<{ total: number; items: MemberFlag[] }> {
  const year = Number(month.slice(0, 4));
  const upto = Number(month.slice(5, 7));
  // The number of members behind each cell, from the stored counts, tells the total and which cells the page falls in;
  // only those cells' members are then read and named.
  const perCell = await sql.ruleMemberCells(q, path, year, upto, ABSENCE_WARNING_MONTHS, topic);
  const total = perCell.reduce((s, c) => s + c.n, 0);
  let skip = offset;
  let first = 0;
  while (first < perCell.length && skip >= perCell[first].n) skip -= perCell[first++].n;
  const ids: string[] = [];
  for (let i = first, room = skip + limit; i < perCell.length && room > 0; room -= perCell[i++].n) ids.push(perCell[i].org_id);
  const rows = await sql.ruleMembers(q, ids, year, upto, ABSENCE_WARNING_MONTHS, topic, skip, limit);
  return {
    total,
    items: rows.map((r) => {
      const a = monthsOfMask(r.absence, upto);
      const d = monthsOfMask(r.dues, upto);
      return {
        personId: r.person_id, fullName: r.full_name, orgId: r.org_id, orgName: r.org_name,
        absence: { level: absenceLevel(a.length), months: a }, dues: { level: duesLevel(d.length), months: d },
      };
    }),
  };
}

/** Totals of a period over all its cells and months, the same for a dashboard and a report. */
export function totalsOf(f: PeriodFigures) {
  const all = f.cells.flatMap((c) => c.months);
  const states = Object.fromEntries(MEETING_STATES.map((s) => [s, all.filter((m) => m.state === s).length])) as Record<MeetingState, number>;
  const attendance = sumTallies(all.map((m) => m.attendance));
  const scored = all.filter((m) => m.qualityLevel);
  const quality = Object.fromEntries(LEVELS.map((l) => [l, scored.filter((m) => m.qualityLevel === l).length])) as Record<ScoreLevel, number>;
  const heldMonths = all.filter((m) => m.state === 'held' || m.state === 'approved');
  const lastQuarter = f.cells[0]?.thematic[f.cells[0].thematic.length - 1];
  return {
    cells: f.cells.length,
    expectedMeetings: all.length,
    ...states,
    heldTotal: heldMonths.length,
    attendance,
    attendanceRate: rate(attendance),
    quality: { ...quality, unscored: heldMonths.length - scored.length },
    thematic: {
      held: f.thematicMeetings.filter((m) => m.status === 'held' || m.status === 'approved').length,
      quarter: lastQuarter ? { year: lastQuarter.year, quarter: lastQuarter.quarter } : null,
      cellsCovered: f.cells.filter((c) => c.thematic[c.thematic.length - 1]?.covered).length,
    },
    committeePresent: heldMonths.filter((m) => m.committeePresent).length,
    absenceWarning: f.cells.reduce((s, c) => s + c.rules.absenceWarning, 0),
    absenceFlag: f.cells.reduce((s, c) => s + c.rules.absenceFlag, 0),
    duesWarning: f.cells.reduce((s, c) => s + c.rules.duesWarning, 0),
    duesFlag: f.cells.reduce((s, c) => s + c.rules.duesFlag, 0),
    toRemind: f.cells.reduce((s, c) => s + c.rules.toRemind, 0),
    tasksOpen: f.cells.reduce((s, c) => s + c.tasks.open, 0),
    tasksOverdue: f.cells.reduce((s, c) => s + c.tasks.overdue, 0),
    reportsExpected: f.cells.reduce((s, c) => s + (c.monthlyReports?.expected ?? 0), 0),
    reportsSubmitted: f.cells.reduce((s, c) => s + (c.monthlyReports?.submitted ?? 0), 0),
    reportsOverdue: f.cells.reduce((s, c) => s + (c.monthlyReports?.overdue ?? 0), 0),
    dues: f.cells.reduce(
      (s, c) => ({ meetings: s.meetings + c.dues.meetings, payers: s.payers + c.dues.payers, paid: s.paid + c.dues.paid, expected: s.expected + c.dues.expected }),
      { meetings: 0, payers: 0, paid: 0, expected: 0 },
    ),
    dissemination: {
      documents: f.documents.length,
      due: f.cells.reduce((s, c) => s + c.dissemination.due, 0),
      done: f.cells.reduce((s, c) => s + c.dissemination.done, 0),
      overdue: f.cells.reduce((s, c) => s + c.dissemination.overdue, 0),
      /** Cells with something to disseminate that did all of it. */
      cellsDue: f.cells.filter((c) => c.dissemination.due > 0).length,
      cellsComplete: f.cells.filter((c) => c.dissemination.due > 0 && c.dissemination.done === c.dissemination.due).length,
    },
    supervision: f.supervision,
    members: f.cells.reduce(
      (s, c) => ({ total: s.total + c.members.total, official: s.official + c.members.official, probationary: s.probationary + c.members.probationary, exempt: s.exempt + c.members.exempt }),
      { total: 0, official: 0, probationary: 0, exempt: 0 },
    ),
  };
}
export type Totals = ReturnType<typeof totalsOf>;

export type TrendPoint = {
  month: string; attendanceRate: number | null; expected: number; attended: number;
  held: number; regularity: number | null; quality: Record<ScoreLevel | 'unscored', number>;
};

/**
 * Trends over the `count` months ending with `toMonth`: attendance, regularity (cells that held their regular meeting,
 * out of active cells) and quality levels, for the unit and for each unit directly under it.
 */
export async function trendFigures(q: Queryable, orgId: string, toMonth: string, count: number) {
  const org = await getOrg(q, orgId);
  const fromMonth = shiftMonth(toMonth, -(count - 1));
  const months = monthsBetween(fromMonth, toMonth);
  const from = monthRange(fromMonth).from;
  const to = monthRange(toMonth).to;
  const [att, mtg, cellRows, children] = await Promise.all([
    sql.attendanceTrend(q, org.path, from, to),
    sql.meetingTrend(q, org.path, from, to),
    sql.cells(q, org.path),
    sql.childUnits(q, org.id),
  ]);
  const childOf = (path: string) => path.slice(org.path.length).split('/')[0] || org.id;
  const cellsPer = new Map<string, number>();
  for (const c of cellRows) cellsPer.set(childOf(c.path), (cellsPer.get(childOf(c.path)) ?? 0) + 1);
  const attBy = groupBy(att, (r) => `${r.child}|${r.month}`);
  const mtgBy = groupBy(mtg.filter((r) => REGULAR_KINDS.includes(r.type)), (r) => `${r.child}|${r.month}`);
  const childIds = [...new Set([...att.map((r) => r.child), ...mtg.map((r) => r.child)])];
  const series = (only: string | null, cellCount: number): TrendPoint[] =>
    months.map((month) => {
      const keys = (only ? [only] : childIds).map((c) => `${c}|${month}`);
      const t = tally(keys.flatMap((k) => attBy.get(k) ?? []));
      const regular = keys.flatMap((k) => mtgBy.get(k) ?? []);
      const heldCells = new Set(regular.map((r) => r.org_id));
      const quality = { tot: 0, kha: 0, trung_binh: 0, kem: 0, unscored: 0 };
      for (const r of regular) quality[r.level ?? 'unscored']++;
      return {
        month, attendanceRate: rate(t), expected: t.expected, attended: t.attended, held: heldCells.size,
        regularity: cellCount ? Math.round((heldCells.size / cellCount) * 1000) / 1000 : null, quality,
      };
    });
  return {
    orgId: org.id, orgName: org.name, months: count, from: fromMonth, to: toMonth,
    series: series(null, cellRows.length),
    children: (org.kind === 'cell' ? [] : children).map((c) => ({
      orgId: c.id, orgName: c.name, kind: c.kind, series: series(c.id, cellsPer.get(c.id) ?? 0),
    })),
  };
}
