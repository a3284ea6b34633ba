import { describe, expect, it } from 'vitest';
import { officialTrainingGap, owedCourses, probationEnds, raisesTheory } from './training';

describe('training rules', () => {
  it('ends probation 12 months after admission, 29 February included', () => {
    expect(probationEnds('2026-03-10')).toBe('2027-03-10');
    expect(probationEnds('2024-02-29')).toBe('2025-02-28');
  });
  it('asks a probationary member for the new-member course until it is completed (HD 60-HD/BTGTW)', () => {
    expect(owedCourses({ standing: 'probationary', admissionDate: '2026-03-10', completedKinds: [], missedStudy: null, attendedStudy: false }))
      .toEqual([{ kind: 'new_member', dueOn: '2027-03-10', reason: 'probation' }]);
    expect(owedCourses({ standing: 'probationary', admissionDate: '2026-03-10', completedKinds: ['new_member'], missedStudy: null, attendedStudy: false }))
      .toEqual([]);
    expect(owedCourses({ standing: 'official', admissionDate: '2010-01-01', completedKinds: [], missedStudy: null, attendedStudy: false })).toEqual([]);
  });
  it('asks a member who missed the year’s study of resolutions to make it up, unless another session was attended', () => {
    const base = { standing: 'official' as const, admissionDate: null, completedKinds: [] };
    expect(owedCourses({ ...base, missedStudy: { endsOn: '2026-04-01' }, attendedStudy: false })).toEqual([
      { kind: 'resolution_study', dueOn: null, reason: 'missed_study' },
    ]);
    expect(owedCourses({ ...base, missedStudy: { endsOn: '2026-04-01' }, attendedStudy: true })).toEqual([]);
  });
  it('raises the theory level only upwards (QĐ 57-QĐ/TW)', () => {
    expect(raisesTheory('none', 'theory_basic')).toBe(true);
    expect(raisesTheory('trung_cap', 'theory_basic')).toBe(false);
    expect(raisesTheory(null, 'resolution_study')).toBe(false);
  });
});

describe('officialTrainingGap (HD 60-HD/BTGTW: the new-member course before official standing)', () => {
  it('refuses without the course, and when it ended after the day of official standing', () => {
    expect(officialTrainingGap([], '2026-12-01')).toEqual({ code: 'official_needs_new_member_course' });
    expect(officialTrainingGap([{ kind: 'party_awareness', endsOn: '2025-01-10' }], '2026-12-01')).toEqual({ code: 'official_needs_new_member_course' });
    expect(officialTrainingGap([{ kind: 'new_member', endsOn: '2026-12-05' }], '2026-12-01'))
      .toEqual({ code: 'official_course_after_date', endsOn: '2026-12-05' });
  });
  it('allows a course finished on or before that day (the earliest one counts)', () => {
    expect(officialTrainingGap([{ kind: 'new_member', endsOn: '2026-12-01' }], '2026-12-01')).toBeNull();
    expect(officialTrainingGap([{ kind: 'new_member', endsOn: '2026-12-09' }, { kind: 'new_member', endsOn: '2026-03-02' }], '2026-12-01')).toBeNull();
  });
});
