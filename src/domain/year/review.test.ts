import { describe, expect, it } from 'vitest';
import { excellentWarnings, levelAllowed, levelForScore, quotaCheck } from './review';

describe('review and ranking (QĐ 366-QĐ/TW, HD 43-HD/BTCTW)', () => {
  it('bands the 100-point scale into four levels', () => {
    expect([95, 90, 89.5, 70, 69, 50, 49].map(levelForScore)).toEqual(['excellent', 'excellent', 'good', 'good', 'completed', 'completed', 'not_completed']);
  });
  it('never allows a level above the score, but allows one below', () => {
    expect(levelAllowed('excellent', 85)).toBe(false);
    expect(levelAllowed('good', 95)).toBe(true);
    expect(levelAllowed('excellent', null)).toBe(true);
  });
  it('allows "xuất sắc" for at most the quota of those rated at least good', () => {
    const ten = [...Array(9).fill('good'), 'excellent'] as const;
    expect(quotaCheck(ten, 20)).toEqual({ allowed: 2, used: 1, exceeded: false });
    expect(quotaCheck([...ten, 'excellent', 'excellent'], 20)).toEqual({ allowed: 2, used: 3, exceeded: true });
    expect(quotaCheck(['excellent', 'completed', 'not_completed', null], 20)).toEqual({ allowed: 0, used: 1, exceeded: true });
  });
  it('warns of records that speak against "xuất sắc"', () => {
    expect(excellentWarnings({ tasksOverdue: 1, openRemedies: 0, absencesUnexcused: 2 })).toEqual(['tasks_overdue', 'absences_unexcused']);
  });
});
