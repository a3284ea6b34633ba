import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysInMonth, isIsoDate, parseIsoDate, toIsoDate } from '../dates';
import { RuleError } from './errors';
import {
  isHeldInAnotherMonth, isMovedFromOriginal, meetingMonth, meetingsOfMonth,
  NATIONAL_DEFAULT_RULE,
  planMeetings,
  plannedDate,
  quartersWithoutThematic,
  resolveRule,
  unmatchedOverrides,
  type Override,
} from './schedule';
import { MEETING_TYPE_LABELS } from './types';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof RuleError ? e.code : `not a RuleError: ${String(e)}`;
  }
  return undefined;
};

describe('plannedDate', () => {
  it('falls back to the last day of a short month', () => {
    expect(plannedDate(2024, 2, 31)).toBe('2024-02-29');
    expect(plannedDate(2023, 2, 31)).toBe('2023-02-28');
    expect(plannedDate(2024, 2, 30)).toBe('2024-02-29');
    expect(plannedDate(2023, 2, 30)).toBe('2023-02-28');
    expect(plannedDate(2023, 2, 29)).toBe('2023-02-28');
    expect(plannedDate(2022, 4, 31)).toBe('2022-04-30');
    expect(plannedDate(2022, 1, 31)).toBe('2022-01-31');
    expect(plannedDate(2022, 1, 10)).toBe('2022-01-10');
  });
});

describe('resolveRule', () => {
  it('takes the first defined value per field up the tree', () => {
    expect(resolveRule([{ time: '19:30' }, { dayOfMonth: 10 }, { dayOfMonth: 5, time: '07:00' }])).toEqual({
      dayOfMonth: 10,
      time: '19:30',
    });
  });
  it('falls back to the national default (Chỉ thị 50: the 3rd)', () => {
    expect(resolveRule([undefined, {}])).toEqual({ dayOfMonth: 3, time: '08:00' });
    expect(NATIONAL_DEFAULT_RULE.dayOfMonth).toBe(3);
    expect(resolveRule([], { dayOfMonth: 10, time: '19:00' })).toEqual({ dayOfMonth: 10, time: '19:00' });
  });
  it('rejects an invalid inherited value', () => {
    expect(codeOf(() => resolveRule([{ dayOfMonth: 32 }]))).toBe('invalid_day_of_month');
    expect(codeOf(() => resolveRule([{ time: '25:00' }]))).toBe('invalid_time');
  });
});

describe('planMeetings', () => {
  const rule = { dayOfMonth: 10, time: '19:30' };

  it('plans one meeting per month in the range', () => {
    const plan = planMeetings({ rule, from: '2022-01-01', to: '2022-03-31' });
    expect(plan).toEqual([
      { originalDate: '2022-01-10', date: '2022-01-10', time: '19:30', status: 'planned' },
      { originalDate: '2022-02-10', date: '2022-02-10', time: '19:30', status: 'planned' },
      { originalDate: '2022-03-10', date: '2022-03-10', time: '19:30', status: 'planned' },
    ]);
  });

  it('includes only months whose original date lies inside the range (inclusive)', () => {
    const plan = planMeetings({ rule, from: '2022-01-10', to: '2022-03-09' });
    expect(plan.map((m) => m.originalDate)).toEqual(['2022-01-10', '2022-02-10']);
    expect(planMeetings({ rule, from: '2022-01-11', to: '2022-02-09' })).toEqual([]);
  });

  it('uses the last day of February for a rule on the 31st', () => {
    const plan = planMeetings({ rule: { dayOfMonth: 31, time: '08:00' }, from: '2024-01-01', to: '2024-04-30' });
    expect(plan.map((m) => m.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });

  it('moves a meeting: it keeps its originalDate and appears at the new date', () => {
    const overrides: Override[] = [
      { originalDate: '2022-02-10', kind: 'moved', newDate: '2022-02-14', newTime: '08:00', reason: 'Nghỉ Tết Nguyên đán' },
    ];
    const plan = planMeetings({ rule, from: '2022-01-01', to: '2022-03-31', overrides });
    expect(plan[1]).toEqual({
      originalDate: '2022-02-10',
      date: '2022-02-14',
      time: '08:00',
      status: 'moved',
      reason: 'Nghỉ Tết Nguyên đán',
    });
    expect(plan).toHaveLength(3);
  });

  it('keeps the rule time when a moved meeting has no new time, and sorts by the new date', () => {
    const overrides: Override[] = [{ originalDate: '2022-01-10', kind: 'moved', newDate: '2022-02-12', reason: 'Lũ' }];
    const plan = planMeetings({ rule, from: '2022-01-01', to: '2022-02-28', overrides });
    expect(plan.map((m) => [m.originalDate, m.date, m.time])).toEqual([
      ['2022-02-10', '2022-02-10', '19:30'],
      ['2022-01-10', '2022-02-12', '19:30'],
    ]);
  });

  it('marks a cancelled meeting and keeps its date', () => {
    const overrides: Override[] = [{ originalDate: '2022-03-10', kind: 'cancelled', reason: 'Dịch bệnh' }];
    const plan = planMeetings({ rule, from: '2022-03-01', to: '2022-03-31', overrides });
    expect(plan).toEqual([
      { originalDate: '2022-03-10', date: '2022-03-10', time: '19:30', status: 'cancelled', reason: 'Dịch bệnh' },
    ]);
  });

  it('ignores overrides outside the range and reports stale ones', () => {
    const stale: Override = { originalDate: '2022-01-05', kind: 'cancelled', reason: 'x' };
    const plan = planMeetings({ rule, from: '2022-01-01', to: '2022-01-31', overrides: [stale] });
    expect(plan[0].status).toBe('planned');
    expect(unmatchedOverrides(rule, [stale, { originalDate: '2022-01-10', kind: 'cancelled', reason: 'y' }])).toEqual([stale]);
  });

  it('validates its input with stable codes and Vietnamese messages', () => {
    const base = { rule, from: '2022-01-01', to: '2022-12-31' };
    expect(codeOf(() => planMeetings({ ...base, rule: { dayOfMonth: 0, time: '19:30' } }))).toBe('invalid_day_of_month');
    expect(codeOf(() => planMeetings({ ...base, rule: { dayOfMonth: 1.5, time: '19:30' } }))).toBe('invalid_day_of_month');
    expect(codeOf(() => planMeetings({ ...base, rule: { dayOfMonth: 10, time: '7h30' } }))).toBe('invalid_time');
    expect(codeOf(() => planMeetings({ ...base, from: '2022-02-30' }))).toBe('invalid_date');
    expect(codeOf(() => planMeetings({ ...base, from: '2023-01-01' }))).toBe('invalid_range');
    expect(
      codeOf(() => planMeetings({ ...base, overrides: [{ originalDate: '2022-01-10', kind: 'moved', reason: 'Tết' }] })),
    ).toBe('moved_without_date');
    expect(
      codeOf(() =>
        planMeetings({ ...base, overrides: [{ originalDate: '2022-01-10', kind: 'moved', newDate: '2022-01-12', reason: ' ' }] }),
      ),
    ).toBe('override_reason_required');
    expect(
      codeOf(() =>
        planMeetings({
          ...base,
          overrides: [{ originalDate: '2022-01-10', kind: 'moved', newDate: '2022-01-12', newTime: '9:00', reason: 'a' }],
        }),
      ),
    ).toBe('invalid_time');
    const dup: Override = { originalDate: '2022-01-10', kind: 'cancelled', reason: 'a' };
    expect(codeOf(() => planMeetings({ ...base, overrides: [dup, dup] }))).toBe('duplicate_override');
    try {
      planMeetings({ ...base, overrides: [{ originalDate: '2022-01-10', kind: 'moved', reason: 'Tết' }] });
    } catch (e) {
      expect((e as RuleError).message).toBe('Dời buổi sinh hoạt ngày 2022-01-10 phải có ngày mới.');
    }
  });

  // Property tests: any rule day and any month range.
  const arbRange = fc
    .record({
      year: fc.integer({ min: 1990, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      span: fc.integer({ min: 0, max: 40 }),
    })
    .map(({ year, month, span }) => {
      const end = addMonths(year, month, span);
      return {
        from: toIsoDate(year, month, 1),
        to: toIsoDate(end.year, end.month, daysInMonth(end.year, end.month)),
        months: span + 1,
        start: { year, month },
      };
    });

  it('property: exactly one real, correctly placed meeting per month, sorted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), arbRange, (day, range) => {
        const plan = planMeetings({ rule: { dayOfMonth: day, time: '08:00' }, from: range.from, to: range.to });
        expect(plan).toHaveLength(range.months);
        plan.forEach((m, i) => {
          const expected = addMonths(range.start.year, range.start.month, i);
          const p = parseIsoDate(m.date);
          expect(isIsoDate(m.date)).toBe(true);
          expect([p.year, p.month]).toEqual([expected.year, expected.month]);
          expect(p.day).toBe(Math.min(day, daysInMonth(p.year, p.month)));
          expect(m.originalDate).toBe(m.date);
          if (i > 0) expect(plan[i - 1].date < m.date).toBe(true);
        });
      }),
    );
  });

  it('property: moving or cancelling meetings never changes the count, and the result stays sorted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        arbRange,
        fc.array(fc.record({ pick: fc.nat(), shift: fc.integer({ min: -20, max: 40 }), cancel: fc.boolean() }), {
          maxLength: 6,
        }),
        (day, range, moves) => {
          const rule = { dayOfMonth: day, time: '08:00' };
          const plain = planMeetings({ rule, from: range.from, to: range.to });
          const overrides = new Map<string, Override>();
          for (const mv of moves) {
            const target = plain[mv.pick % plain.length].originalDate;
            const { year, month, day: d } = parseIsoDate(target);
            const shifted = new Date(Date.UTC(year, month - 1, d + mv.shift)).toISOString().slice(0, 10);
            overrides.set(
              target,
              mv.cancel
                ? { originalDate: target, kind: 'cancelled', reason: 'lý do' }
                : { originalDate: target, kind: 'moved', newDate: shifted, reason: 'lý do' },
            );
          }
          const plan = planMeetings({ rule, from: range.from, to: range.to, overrides: [...overrides.values()] });
          expect(plan).toHaveLength(plain.length);
          expect(plan.map((m) => m.originalDate).sort()).toEqual(plain.map((m) => m.originalDate));
          for (let i = 1; i < plan.length; i++) expect(plan[i - 1].date <= plan[i].date).toBe(true);
          for (const m of plan) {
            const o = overrides.get(m.originalDate);
            expect(m.status).toBe(o ? o.kind : 'planned');
            if (o?.kind === 'moved') expect(m.date).toBe(o.newDate);
          }
        },
      ),
    );
  });
});

describe('quartersWithoutThematic', () => {
  it('lists the quarters with no thematic or combined meeting', () => {
    const meetings = [
      { date: '2022-01-10', type: 'regular' as const },
      { date: '2022-02-10', type: 'thematic' as const },
      { date: '2022-05-10', type: 'regular' as const },
      { date: '2022-06-10', type: 'expanded' as const },
      { date: '2022-09-30', type: 'combined' as const },
      { date: '2021-12-10', type: 'thematic' as const },
      { date: '2023-10-10', type: 'thematic' as const },
    ];
    expect(quartersWithoutThematic(meetings, 2022)).toEqual([2, 4]);
  });
  it('does not count a cancelled thematic meeting', () => {
    expect(quartersWithoutThematic([{ date: '2022-04-10', type: 'thematic', status: 'cancelled' }], 2022)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(quartersWithoutThematic([{ date: '2022-04-10', type: 'thematic', status: 'held' }], 2022)).toEqual([1, 3, 4]);
  });
  it('labels meeting types in Vietnamese', () => {
    expect(MEETING_TYPE_LABELS.combined).toBe('Sinh hoạt thường kỳ kết hợp chuyên đề');
    expect(MEETING_TYPE_LABELS.extraordinary).toBe('Sinh hoạt bất thường');
  });
});

describe('the month a meeting belongs to', () => {
  it('is the month of its original date when it is moved into another month', () => {
    const moved = { date: '2027-02-02', originalDate: '2027-01-31' };
    expect(meetingMonth(moved)).toBe('2027-01');
    expect(isMovedFromOriginal(moved)).toBe(true);
    expect(isHeldInAnotherMonth(moved)).toBe(true);
  });
  it('is the month of its date otherwise', () => {
    expect(meetingMonth({ date: '2027-01-12', originalDate: '2027-01-10' })).toBe('2027-01');
    expect(isHeldInAnotherMonth({ date: '2027-01-12', originalDate: '2027-01-10' })).toBe(false);
    expect(isMovedFromOriginal({ date: '2027-01-12', originalDate: '2027-01-10' })).toBe(true);
    expect(meetingMonth({ date: '2027-03-20', originalDate: null })).toBe('2027-03');
    expect(isMovedFromOriginal({ date: '2027-03-20' })).toBe(false);
  });
});

describe('meetingsOfMonth', () => {
  it('places a moved meeting in its original month only', () => {
    const items = [
      { id: 'jan', date: '2027-02-02', originalDate: '2027-01-31' },
      { id: 'feb', date: '2027-02-28', originalDate: '2027-02-28' },
      { id: 'thematic', date: '2027-02-15', originalDate: null },
    ];
    expect(meetingsOfMonth(items, '2027-01').map((m) => m.id)).toEqual(['jan']);
    expect(meetingsOfMonth(items, '2027-02').map((m) => m.id)).toEqual(['feb', 'thematic']);
  });
});
