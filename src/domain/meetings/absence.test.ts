import { describe, expect, it } from 'vitest';
import {
  absenceLevel,
  absenceStatus,
  absenceStatusByMember,
  excusedStreakTooLong,
  longestExcusedStreak,
  type AbsenceRecord,
} from './absence';

const u = (date: string, extra: Partial<AbsenceRecord> = {}): AbsenceRecord => ({ date, status: 'absent_unexcused', ...extra });
const x = (date: string): AbsenceRecord => ({ date, status: 'absent_excused' });
const p = (date: string): AbsenceRecord => ({ date, status: 'present' });

describe('absenceStatus (Charter; QĐ 24/2021, QĐ 294/2025)', () => {
  it('is ok at 0 and 1 month', () => {
    expect(absenceStatus([], 2022)).toMatchObject({ count: 0, level: 'ok', message: null });
    expect(absenceStatus([u('2022-01-10'), p('2022-02-10')], 2022)).toMatchObject({ months: [1], count: 1, level: 'ok' });
  });
  it('warns at 2 months and flags at 3', () => {
    const two = absenceStatus([u('2022-01-10'), u('2022-05-10')], 2022);
    expect(two).toMatchObject({ months: [1, 5], level: 'warning' });
    expect(two.message).toContain('2 tháng trong năm 2022 (tháng 1, tháng 5)');
    const three = absenceStatus([u('2022-09-10'), u('2022-01-10'), u('2022-05-10')], 2022);
    expect(three).toMatchObject({ months: [1, 5, 9], count: 3, level: 'flag' });
    expect(three.message).toContain('đề nghị xóa tên');
    expect(absenceLevel(7)).toBe('flag');
  });
  it('counts distinct months, not meetings', () => {
    const r = absenceStatus([u('2022-03-03'), u('2022-03-20'), u('2022-03-31')], 2022);
    expect(r).toMatchObject({ months: [3], count: 1, level: 'ok' });
  });
  it('respects the calendar-year boundary', () => {
    const records = [u('2021-11-10'), u('2021-12-10'), u('2022-01-10')];
    expect(absenceStatus(records, 2021)).toMatchObject({ months: [11, 12], level: 'warning' });
    expect(absenceStatus(records, 2022)).toMatchObject({ months: [1], level: 'ok' });
  });
  it('does not count excused absences or other statuses', () => {
    const records: AbsenceRecord[] = [x('2022-01-10'), x('2022-02-10'), x('2022-03-10'), { date: '2022-04-10', status: 'late' }, { date: '2022-05-10', status: 'not_recorded' }];
    expect(absenceStatus(records, 2022)).toMatchObject({ count: 0, level: 'ok' });
  });
  it('counts only regular meetings by default and uses the original month of a moved meeting', () => {
    const records = [
      u('2022-02-20', { type: 'thematic' }),
      u('2022-03-10', { type: 'extraordinary' }),
      u('2022-04-10', { type: 'combined' }),
      u('2022-06-01', { originalDate: '2022-05-31' }),
      u('2023-01-02', { originalDate: '2022-12-31' }),
    ];
    expect(absenceStatus(records, 2022).months).toEqual([4, 5, 12]);
    expect(absenceStatus(records, 2022, ['regular', 'combined', 'thematic']).months).toEqual([2, 4, 5, 12]);
  });
  it('groups by member', () => {
    const m = absenceStatusByMember(
      [
        { memberId: 'a', ...u('2022-01-10') },
        { memberId: 'a', ...u('2022-02-10') },
        { memberId: 'b', ...u('2022-02-10') },
      ],
      2022,
    );
    expect(m.get('a')?.level).toBe('warning');
    expect(m.get('b')?.level).toBe('ok');
    expect(m.has('c')).toBe(false);
  });
});

describe('longestExcusedStreak (HD 12-HD/BTCTW 2018)', () => {
  it('finds the longest run of consecutive excused absences in the year, in date order', () => {
    const records = [x('2022-04-10'), x('2022-01-10'), x('2022-02-10'), p('2022-03-10'), x('2022-05-10'), x('2022-06-10')];
    expect(longestExcusedStreak(records, 2022)).toBe(3); // April, May, June
    expect(excusedStreakTooLong(records, 2022)).toBe(false);
    expect(excusedStreakTooLong([...records, x('2022-07-10')], 2022)).toBe(true);
  });
  it('is broken by an unexcused absence and stops at the year boundary', () => {
    expect(longestExcusedStreak([x('2022-01-10'), u('2022-02-10'), x('2022-03-10')], 2022)).toBe(1);
    expect(longestExcusedStreak([x('2021-11-10'), x('2021-12-10'), x('2022-01-10')], 2022)).toBe(1);
    expect(longestExcusedStreak([], 2022)).toBe(0);
  });
});
