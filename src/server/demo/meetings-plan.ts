// The demo's meeting calendar: for every cell, a regular meeting each month from May 2025 to October 2026
// on its rule's day (Phiêng Lơi the 10th, the others the commune's 3rd), a thematic meeting in most
// quarters (in the same session or on its own day), expanded meetings with the village's partner units,
// a few moved meetings, one cancelled and held again later that month, and November 2026 planned.
import { addDays, addMonths, quarterOf, weekday } from '../../domain/dates';
import { plannedDate, resolveRule, type MeetingRule, type MeetingType } from '../../domain/meetings/index';
import type { Rng } from './random';
import type { Roster } from './meetings-roster';
import { CELLS } from './story';
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

/** Months of held meetings: the 18 months before DEMO_TODAY. */
export const HELD_MONTHS: string[] = Array.from({ length: 18 }, (_, i) => {
  const m = addMonths(2025, 5, i);
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
});
export const PLANNED_MONTH = '2026-11';

/** Cell-quarters with no thematic meeting (the list of meetings warns of them). Phiêng Lơi's Q4 2026 one is still to plan. */
export const NO_THEMATIC: readonly string[] = ['huoi-pha 2025-3', 'thanh-binh 2025-4', 'xom 2026-1', 'na-hai 2026-2', 'phieng-loi 2026-4'];

/** Single meetings moved from the rule's day, with the reason the secretary gave. */
const MOVES: Record<string, { to: string; reason: string }> = {
  'phieng-loi 2025-06': { to: '2025-06-14', reason: 'Mùa gặt lúa chiêm xuân' },
  'doc-lap 2025-09': { to: '2025-09-05', reason: 'Nghỉ lễ Quốc khánh 2/9, nhiều đảng viên về quê chưa trở lại' },
  'thanh-binh 2025-09': { to: '2025-09-05', reason: 'Nghỉ lễ Quốc khánh 2/9, nhiều đảng viên về quê chưa trở lại' },
  'pa-pom 2025-10': { to: '2025-10-08', reason: 'Mùa gặt lúa mùa' },
  'co-cu 2025-10': { to: '2025-10-07', reason: 'Mùa gặt lúa mùa' },
  'hong-liu 2026-03': { to: '2026-03-05', reason: 'Trùng Rằm tháng Giêng (Tết Nguyên tiêu), bản tổ chức lễ hội đầu xuân' },
  'huoi-long 2026-11': { to: '2026-11-06', reason: 'Mùa thu hoạch lúa nương' },
};

/** Cancelled on the day (floods), then held later the same month. */
export const CANCELLED = {
  key: 'loong-luong 2025-08', reason: 'Mưa lũ, sạt lở đường vào bản', heldOn: '2025-08-12',
  moveReason: 'Tổ chức lại buổi sinh hoạt tháng 8 (buổi ngày 03/8 hủy do mưa lũ, sạt lở đường vào bản)',
};

const SHORT = new Set(['thanh-binh 2025-07', 'huoi-pha 2026-01', 'co-quan 2026-05']);
const WEAK = new Set(['thanh-binh 2025-07', 'huoi-pha 2026-01', 'xom 2026-09', 'na-hai 2025-11']);

/** Months when village cells may hold their meeting expanded, with the partner units (flood season, year end, Tết). */
const EXPANDED_MONTHS = ['2025-06', '2025-12', '2026-01', '2026-06', '2026-08'];
const FIXED_EXPANDED: Record<string, string[]> = { 'phieng-loi': ['2025-12', '2026-06'] };

export function cellRule(roster: Roster, cellKey: string): MeetingRule {
  const level = (s: Record<string, unknown>) => ({
    dayOfMonth: typeof s.meetingDay === 'number' ? s.meetingDay : undefined,
    time: typeof s.meetingTime === 'string' ? s.meetingTime : undefined,
  });
  return resolveRule([level(roster.d.cells[cellKey].settings), level(roster.d.root.settings)]);
}


export function planSlots(rng: Rng, roster: Roster): Slot[] {
  const slots: Slot[] = [];
  const months = [...HELD_MONTHS, PLANNED_MONTH];
  for (const spec of CELLS) {
    const cellId = roster.d.cells[spec.key].id;
    const rule = cellRule(roster, spec.key);
    // Thematic meeting of each quarter: in which month, and whether in the regular session ('combined').
    const thematic = new Map<string, 'combined' | 'separate'>();
    const quarters = new Map<string, string[]>();
    for (const m of months) {
      const q = `${m.slice(0, 4)}-${quarterOf(Number(m.slice(5)))}`;
      quarters.set(q, [...(quarters.get(q) ?? []), m]);
    }
    for (const [q, ms] of quarters) {
      if (NO_THEMATIC.includes(`${spec.key} ${q}`)) continue;
      const m = rng.pick(ms);
      thematic.set(m, m === PLANNED_MONTH || rng.chance(0.65) ? 'combined' : 'separate');
    }
    const expanded = new Set<string>();
    if (spec.type === 'village') {
      const wanted = FIXED_EXPANDED[spec.key] ?? rng.shuffle(EXPANDED_MONTHS);
      for (const m of wanted) if (expanded.size < 2 && thematic.get(m) !== 'combined') expanded.add(m);
    }
    const own: Slot[] = [];
    for (const m of months) {
      const [year, month] = [Number(m.slice(0, 4)), Number(m.slice(5))];
      const original = plannedDate(year, month, rule.dayOfMonth);
      const key = `${spec.key} ${m}`;
      const planned = m === PLANNED_MONTH;
      const q = quarterOf(month);
      const topic = thematicTopic(spec.key, spec.type === 'office', year, q);
      const type: MeetingType = thematic.get(m) === 'combined' ? 'combined' : expanded.has(m) ? 'expanded' : 'regular';
      let move = MOVES[key];
      // Office cells do not meet on a Sunday: the meeting moves to the Monday.
      if (!move && spec.type === 'office' && weekday(original) === 0) move = { to: addDays(original, 1), reason: 'Ngày 03 trùng Chủ nhật' };
      const base: Slot = {
        cellKey: spec.key, cellId, type, originalDate: original, date: move?.to ?? original, time: rule.time,
        status: planned ? (move ? 'moved' : 'planned') : 'approved', moveReason: move?.reason ?? null, cancelReason: null,
        topic: type === 'combined' ? topic : null, short: SHORT.has(key), weak: WEAK.has(key),
      };
      if (key === CANCELLED.key) {
        own.push({ ...base, status: 'cancelled', cancelReason: CANCELLED.reason, short: false, weak: false });
        own.push({ ...base, date: CANCELLED.heldOn, moveReason: CANCELLED.moveReason });
      } else {
        own.push(base);
      }
      if (thematic.get(m) === 'separate') {
        own.push({
          cellKey: spec.key, cellId, type: 'thematic', originalDate: null, date: addDays(original, 12), time: rule.time,
          status: 'approved', moveReason: null, cancelReason: null, topic, short: false, weak: false,
        });
      }
    }
    slots.push(...own.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  }
  return slots;
}

