import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  parseTaskDueInput,
  addMonths,
  daysBetween,
  daysInMonth,
  formatDateEn,
  formatDateVi,
  formatPlaceDateLine,
  formatTimeVi,
  formatWeekdayDateEn,
  formatWeekdayDateVi,
  isIsoDate,
  isLeapYear,
  isLocalTime,
  quarterOf,
  romanQuarter,
  todayVn,
  toVnDate,
  vnLocalToInstant,
  weekday,
} from './dates';

describe('month lengths and leap years', () => {
  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
  it('applies the Gregorian leap-year rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isLeapYear(2100)).toBe(false);
  });
  it('rejects a month outside 1..12', () => {
    expect(() => daysInMonth(2024, 0)).toThrow(RangeError);
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });
});

describe('isIsoDate / isLocalTime', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('2022-04-31')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('2022-1-01')).toBe(false);
    expect(isIsoDate('2022-01-00')).toBe(false);
    expect(isIsoDate(20220101)).toBe(false);
  });
  it('accepts 24-hour times only', () => {
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('7:30')).toBe(false);
    expect(isLocalTime('07:60')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2022-01-10', 365)).toBe('2023-01-10');
  });
  it('adds months across years in both directions', () => {
    expect(addMonths(2022, 11, 3)).toEqual({ year: 2023, month: 2 });
    expect(addMonths(2022, 1, -1)).toEqual({ year: 2021, month: 12 });
    expect(addMonths(2022, 1, -25)).toEqual({ year: 2019, month: 12 });
    expect(addMonths(2022, 6, 0)).toEqual({ year: 2022, month: 6 });
  });
  it('addDays agrees with Date.UTC for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -5000, max: 5000 }),
        (y, m, d, n) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const expected = new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
          expect(addDays(iso, n)).toBe(expected);
          expect(daysBetween(iso, addDays(iso, n))).toBe(n);
        },
      ),
    );
  });
});

describe('Vietnam time zone', () => {
  it('uses UTC+7 for the calendar date', () => {
    expect(toVnDate(new Date('2022-01-09T16:59:59Z'))).toBe('2022-01-09');
    expect(toVnDate(new Date('2022-01-09T17:00:00Z'))).toBe('2022-01-10');
    expect(todayVn(new Date('2023-12-31T18:00:00Z'))).toBe('2024-01-01');
  });
  it('converts Vietnam wall-clock time to the UTC instant', () => {
    expect(vnLocalToInstant('2022-01-10', '19:30').toISOString()).toBe('2022-01-10T12:30:00.000Z');
    expect(vnLocalToInstant('2022-01-10', '05:00').toISOString()).toBe('2022-01-09T22:00:00.000Z');
  });
  it('round-trips any local date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2150-01-01'), noInvalidDate: true }), (d) => {
        const local = toVnDate(d);
        const midnight = vnLocalToInstant(local, '00:00').getTime();
        expect(d.getTime() - midnight).toBeGreaterThanOrEqual(0);
        expect(d.getTime() - midnight).toBeLessThan(86_400_000);
      }),
    );
  });
});

describe('formatting', () => {
  it('formats dates in Vietnamese', () => {
    expect(formatDateVi('2022-01-19')).toBe('19/01/2022');
    expect(formatWeekdayDateVi('2022-01-19')).toBe('Thứ Tư, 19/01/2022');
  });
  it('names every weekday', () => {
    // 2022-01-16 was a Sunday.
    const names = [0, 1, 2, 3, 4, 5, 6].map((i) => formatWeekdayDateVi(addDays('2022-01-16', i)).split(',')[0]);
    expect(names).toEqual(['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
    expect(weekday('2025-07-23')).toBe(3);
    expect(weekday('1969-12-31')).toBe(3);
  });
  it('writes the HD 36 place-and-date line with two-digit day and month', () => {
    expect(formatPlaceDateLine('Thanh Minh', '2022-01-10')).toBe('Thanh Minh, ngày 10 tháng 01 năm 2022');
    expect(formatPlaceDateLine('Thanh Minh', '2022-03-05')).toBe('Thanh Minh, ngày 05 tháng 03 năm 2022');
  });
  it('formats times', () => {
    expect(formatTimeVi('19:30')).toBe('19 giờ 30 phút');
    expect(formatTimeVi('08:05')).toBe('08 giờ 05 phút');
    expect(() => formatTimeVi('25:00')).toThrow(RangeError);
  });
  it('formats dates in English', () => {
    expect(formatDateEn('2022-01-19')).toBe('19 Jan 2022');
    expect(formatDateEn('2022-12-03')).toBe('3 Dec 2022');
    expect(formatWeekdayDateEn('2022-01-19')).toBe('Wednesday, 19 Jan 2022');
  });
  it('refuses impossible dates', () => {
    expect(() => formatDateVi('2022-02-30')).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it('maps months to quarters and Roman numerals', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect([1, 2, 3, 4].map((q) => romanQuarter(q as 1 | 2 | 3 | 4))).toEqual(['I', 'II', 'III', 'IV']);
    expect(() => quarterOf(13)).toThrow(RangeError);
  });
});

describe('parseTaskDueInput', () => {
  it('takes a deadline as a secretary types it and gives the API value', () => {
    expect(parseTaskDueInput('31/01/2027')).toBe('2027-01-31');
    expect(parseTaskDueInput(' 5-2-2027 ')).toBe('2027-02-05');
    expect(parseTaskDueInput('2027-01-31')).toBe('2027-01-31');
    expect(parseTaskDueInput('Thường xuyên')).toBe('thường xuyên');
    expect(parseTaskDueInput('thuong xuyen')).toBe('thường xuyên');
  });
  it('refuses what is not a real date or "thường xuyên"', () => {
    expect(parseTaskDueInput('30/02/2027')).toBeNull();
    expect(parseTaskDueInput('Tháng 12')).toBeNull();
    expect(parseTaskDueInput('31/01/2200')).toBeNull();
  });
});
