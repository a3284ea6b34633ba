import { describe, expect, it } from 'vitest';
import { DEFAULT_MINIMUM_MINUTES, durationMinutes, durationWarning } from './duration';
import { RuleError } from './errors';

describe('durationMinutes', () => {
  it('computes minutes on the same day', () => {
    expect(durationMinutes('19:30', '21:00')).toBe(90);
    expect(durationMinutes('08:00', '09:29')).toBe(89);
    expect(durationMinutes('07:45', '07:45')).toBe(0);
  });
  it('refuses an end before the start and bad times', () => {
    expect(() => durationMinutes('21:00', '19:30')).toThrowError(expect.objectContaining({ code: 'end_before_start' }));
    expect(() => durationMinutes('7:30', '09:00')).toThrow(RuleError);
    expect(() => durationMinutes('07:30', '24:10')).toThrowError(expect.objectContaining({ code: 'invalid_time' }));
  });
});

describe('durationWarning (HD 42-HD/BTCTW)', () => {
  it('warns a regular meeting under 90 minutes', () => {
    expect(durationWarning('regular', 89)).toEqual({
      code: 'meeting_too_short',
      minimum: 90,
      actual: 89,
      message: 'Buổi sinh hoạt kéo dài 89 phút, ít hơn thời lượng tối thiểu 90 phút.',
    });
    expect(durationWarning('regular', 90)).toBeNull();
  });
  it('needs 120 minutes for a combined regular and thematic meeting', () => {
    expect(durationWarning('combined', 119)).toMatchObject({ minimum: 120, actual: 119 });
    expect(durationWarning('combined', 120)).toBeNull();
  });
  it('takes the minimums as a setting', () => {
    expect(durationWarning('regular', 60, { ...DEFAULT_MINIMUM_MINUTES, regular: 60 })).toBeNull();
    expect(durationWarning('regular', 59, { regular: 60 })).toMatchObject({ minimum: 60 });
    expect(durationWarning('extraordinary', 20)).toBeNull();
  });
});
