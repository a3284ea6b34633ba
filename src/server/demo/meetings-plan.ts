// The demo's meeting calendar: for every cell, a regular meeting each month of the 18 months before
// today's month on its rule's day (Phiêng Lơi the 10th, the others the commune's 3rd), a thematic meeting
// in most quarters (in the same session or on its own day), expanded meetings with the village's partner
// units, a few moved meetings, one cancelled and held again later that month; this month's meetings (held
// before today, planned from today) and the next month's planned. Everything follows the calendar of the
// generated months: harvests, National Day and floods by month of the year, Tết and the spring festival
// by the lunar calendar, Sundays by the weekday (DEMO_TODAY, 2026-11-01: May 2025–October 2026 held,
// November 2026 planned).
import { addDays, quarterOf, weekday } from '../../domain/dates';
import { plannedDate, resolveRule, type MeetingRule, type MeetingType } from '../../domain/meetings/index';
import { canChi, type DemoCalendar, demoCalendar, inTetHoliday, monthOfYm, ramThangGieng, tetOf, yearOfYm } from './calendar';
import type { Rng } from './random';
import type { Roster } from './meetings-roster';
import { CELLS, type CellSpec, DEMO_TODAY } from './story';
import { thematicTopic } from './meetings-words';

export interface Slot {
  cellKey: string;
  cellId: string;
  type: MeetingType;
  /** The rule's date of the month a regular-kind meeting belongs to; null for a thematic meeting of its own. */
  originalDate: string | null;
  date: string;
  /** Start time by the rule. */
  time: string;
  status: 'approved' | 'cancelled' | 'planned' | 'moved';
  moveReason: string | null;
  cancelReason: string | null;
  topic: string | null;
  /** Shorter than the minimum duration (shows the warning). */
  short: boolean;
  /** Prepared and run poorly: scored Trung bình. */
  weak: boolean;
}

/** Months of held meetings on DEMO_TODAY: May 2025–October 2026. */
export const HELD_MONTHS: readonly string[] = demoCalendar().history;

/** Cell-quarters with no thematic meeting (the list of meetings warns of them), by the quarter's place among those generated. */
const NO_THEMATIC: readonly [string, number][] = [['huoi-pha', 1], ['thanh-binh', 2], ['xom', 3], ['na-hai', 4]];
/** Phiêng Lơi's thematic meeting of the last quarter is still to plan. */
const NO_THEMATIC_LAST = 'phieng-loi';

/** Single meetings moved from the rule's day for the season, the first (or last) time the month comes round. */
const SEASON_MOVES: { cell: string; month: number; which: 'first' | 'last'; days: number; reason: string }[] = [
  { cell: 'phieng-loi', month: 6, which: 'first', days: 4, reason: 'Mùa gặt lúa chiêm xuân' },
  { cell: 'doc-lap', month: 9, which: 'first', days: 2, reason: 'Nghỉ lễ Quốc khánh 2/9, nhiều đảng viên về quê chưa trở lại' },
  { cell: 'thanh-binh', month: 9, which: 'first', days: 2, reason: 'Nghỉ lễ Quốc khánh 2/9, nhiều đảng viên về quê chưa trở lại' },
  { cell: 'pa-pom', month: 10, which: 'first', days: 5, reason: 'Mùa gặt lúa mùa' },
  { cell: 'co-cu', month: 10, which: 'first', days: 4, reason: 'Mùa gặt lúa mùa' },
  { cell: 'huoi-long', month: 11, which: 'last', days: 3, reason: 'Mùa thu hoạch lúa nương' },
];

/** The village whose spring festival falls on Rằm tháng Giêng: a meeting within a day of it moves two days after. */
const FESTIVAL = {
  cell: 'hong-liu', reason: 'Trùng Rằm tháng Giêng (Tết Nguyên tiêu), bản tổ chức lễ hội đầu xuân',
};

/** Cancelled on the day (floods) the first August of the history, then held again nine days later. */
const CANCELLED = {
  cell: 'loong-luong', month: 8, days: 9, reason: 'Mưa lũ, sạt lở đường vào bản',
  moveReason: (original: string) =>
    `Tổ chức lại buổi sinh hoạt tháng ${monthOfYm(original)} (buổi ngày ${original.slice(8)}/${monthOfYm(original)} hủy do mưa lũ, sạt lở đường vào bản)`,
};

/** Meetings shorter than the minimum and meetings run poorly, by the month's place in the history. */
const SHORT: readonly [string, number][] = [['thanh-binh', 2], ['huoi-pha', 8], ['co-quan', 12]];
const WEAK: readonly [string, number][] = [['thanh-binh', 2], ['huoi-pha', 8], ['xom', 16], ['na-hai', 6]];

/** Months of the year when village cells may hold their meeting expanded, with the partner units (flood season, year end, Tết). */
const EXPANDED_MONTHS_OF_YEAR = [6, 8, 12, 1];

export function cellRule(roster: Roster, cellKey: string): MeetingRule {
  const level = (s: Record<string, unknown>) => ({
    dayOfMonth: typeof s.meetingDay === 'number' ? s.meetingDay : undefined,
    time: typeof s.meetingTime === 'string' ? s.meetingTime : undefined,
  });
  return resolveRule([level(roster.d.cells[cellKey].settings), level(roster.d.root.settings)]);
}


interface Move { to: string; reason: string }

/** The months the cells meet in: the history, this month and the next one. */
export interface MeetingMonths {
  months: string[];
  /** History, this month and the next month: where the first or last time a month comes round is looked for. */
  candidates: string[];
}

function occurrence(candidates: readonly string[], month: number, which: 'first' | 'last'): string | undefined {
  const of = candidates.filter((m) => monthOfYm(m) === month);
  return which === 'first' ? of[0] : of[of.length - 1];
}

/** Where a cell's meeting of the month moves from the rule's day, and why (no randomness). */
function moveOf(spec: CellSpec, m: string, original: string, candidates: readonly string[]): Move | undefined {
  const season = SEASON_MOVES.find((x) => x.cell === spec.key && occurrence(candidates, x.month, x.which) === m);
  if (season) return { to: addDays(original, season.days), reason: season.reason };
  const ram = ramThangGieng(yearOfYm(m));
  if (spec.key === FESTIVAL.cell && ram && original >= addDays(ram, -1) && original <= addDays(ram, 1)) {
    return { to: addDays(ram, 2), reason: FESTIVAL.reason };
  }
  // Nobody meets in the Tết holiday: the meeting moves to the first working day after it.
  if (inTetHoliday(original)) {
    let to = addDays(tetOf(yearOfYm(m))!, 5);
    if (spec.type === 'office' && weekday(to) === 0) to = addDays(to, 1);
    return { to, reason: `Trùng kỳ nghỉ Tết Nguyên đán ${canChi(yearOfYm(m))}` };
  }
  // Office cells do not meet on a Sunday: the meeting moves to the Monday.
  if (spec.type === 'office' && weekday(original) === 0) return { to: addDays(original, 1), reason: `Ngày ${original.slice(8)} trùng Chủ nhật` };
  return undefined;
}

/**
 * The months of the meetings: the history, this month and the next. Except on DEMO_TODAY: its story, the
 * one the tests with exact numbers are written against, ends with this month (November 2026) planned —
 * those tests (and the integration tests, whose next month is December 2026 in November 2026) plan the
 * next month themselves. On the 1st every meeting of November is still ahead anyway.
 */
export function meetingMonths(cal: DemoCalendar): MeetingMonths {
  const candidates = [...cal.history, cal.current, cal.next];
  return { months: cal.today === DEMO_TODAY ? candidates.slice(0, -1) : candidates, candidates };
}

const byDate = (a: Slot, b: Slot) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function planSlots(rng: Rng, roster: Roster, cal: DemoCalendar): Slot[] {
  const slots: Slot[] = [];
  const { months, candidates } = meetingMonths(cal);
  const history = cal.history;
  const quarterOfYm = (m: string) => `${m.slice(0, 4)}-${quarterOf(monthOfYm(m))}`;
  const quarterList = [...new Set(months.map(quarterOfYm))];
  const noThematic = new Set([
    ...NO_THEMATIC.map(([cell, i]) => `${cell} ${quarterList[i]}`), `${NO_THEMATIC_LAST} ${quarterList[quarterList.length - 1]}`,
  ]);
  const atIndex = (list: readonly [string, number][]) => new Set(list.map(([cell, i]) => `${cell} ${history[i]}`));
  const short = atIndex(SHORT);
  const weak = atIndex(WEAK);
  const floodMonth = occurrence(history, CANCELLED.month, 'first')!;
  const expandable = history.filter((m) => EXPANDED_MONTHS_OF_YEAR.includes(monthOfYm(m)) && m !== floodMonth);
  // Phiêng Lơi opens its meetings of the first December and the last June to the village's partner units.
  const fixedExpanded: Record<string, string[]> = {
    'phieng-loi': [occurrence(history, 12, 'first')!, occurrence(history, 6, 'last')!],
  };
  for (const spec of CELLS) {
    const cellId = roster.d.cells[spec.key].id;
    const rule = cellRule(roster, spec.key);
    // Thematic meeting of each quarter: in which month, and whether in the regular session ('combined').
    // From this month on it is always in the regular session.
    const thematic = new Map<string, 'combined' | 'separate'>();
    const quarters = new Map<string, string[]>();
    for (const m of months) {
      const q = quarterOfYm(m);
      quarters.set(q, [...(quarters.get(q) ?? []), m]);
    }
    for (const [q, ms] of quarters) {
      if (noThematic.has(`${spec.key} ${q}`)) continue;
      const m = rng.pick(ms);
      thematic.set(m, m >= cal.current || rng.chance(0.65) ? 'combined' : 'separate');
    }
    const expanded = new Set<string>();
    if (spec.type === 'village') {
      const wanted = fixedExpanded[spec.key] ?? rng.shuffle(expandable);
      for (const m of wanted) if (expanded.size < 2 && thematic.get(m) !== 'combined') expanded.add(m);
    }
    const own: Slot[] = [];
    for (const m of months) {
      const [year, month] = [yearOfYm(m), monthOfYm(m)];
      const original = plannedDate(year, month, rule.dayOfMonth);
      const key = `${spec.key} ${m}`;
      const q = quarterOf(month);
      const topic = thematicTopic(spec.key, spec.type === 'office', year, q);
      const type: MeetingType = thematic.get(m) === 'combined' ? 'combined' : expanded.has(m) ? 'expanded' : 'regular';
      const move = moveOf(spec, m, original, candidates);
      const date = move?.to ?? original;
      // Held (and approved) before today; from today on, planned.
      const held = date < cal.today;
      const base: Slot = {
        cellKey: spec.key, cellId, type, originalDate: original, date, time: rule.time,
        status: held ? 'approved' : move ? 'moved' : 'planned', moveReason: move?.reason ?? null, cancelReason: null,
        topic: type === 'combined' ? topic : null, short: short.has(key), weak: weak.has(key),
      };
      if (spec.key === CANCELLED.cell && m === floodMonth) {
        own.push({ ...base, status: 'cancelled', cancelReason: CANCELLED.reason, short: false, weak: false });
        own.push({ ...base, date: addDays(original, CANCELLED.days), moveReason: CANCELLED.moveReason(original) });
      } else {
        own.push(base);
      }
      if (thematic.get(m) === 'separate') {
        // Only in a month of the history (see above), so always held; not in the Tết holiday.
        let on = addDays(original, 12);
        if (inTetHoliday(on)) on = addDays(tetOf(year)!, 5);
        own.push({
          cellKey: spec.key, cellId, type: 'thematic', originalDate: null, date: on, time: rule.time,
          status: 'approved', moveReason: null, cancelReason: null, topic, short: false, weak: false,
        });
      }
    }
    slots.push(...own.sort(byDate));
  }
  return slots;
}
