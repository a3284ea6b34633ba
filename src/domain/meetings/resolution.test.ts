import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from './attendance';
import { hasResolutionContent, noResolutionSentence, resolutionStatus, tallyVote, votesNeeded } from './resolution';

const row = (standing: AttendanceRow['standing'], status: AttendanceRow['status'], state: AttendanceRow['state'] = 'active'): AttendanceRow =>
  ({ name: 'x', standing, state, status, ...(status === 'absent_excused' ? { reason: 'ốm' } : {}) });

describe('votes follow the roll call', () => {
  it('needs more than half of the base', () => {
    expect([0, 1, 2, 3, 10, 11].map(votesNeeded)).toEqual([0, 1, 2, 2, 6, 6]);
  });

  it('Charter worked example: 11 official members summoned, 10 present, 5 in favour fails; 6 passes', () => {
    const rows = [...Array.from({ length: 10 }, () => row('official', 'present')), row('official', 'absent_unexcused')];
    expect(tallyVote({ for: 5, against: 5, other: 0 }, rows)).toMatchObject({ base: 11, eligible: 10, needed: 6, passed: false });
    expect(tallyVote({ for: 6, against: 4, other: 0 }, rows)).toMatchObject({ passed: true, percent: 54.5, exceedsEligible: false });
  });

  it('the same vote changes result when the roll call changes: an accepted reason leaves the base, its withdrawal returns to it', () => {
    const excused = [...Array.from({ length: 6 }, () => row('official', 'present')), row('official', 'absent_excused'), row('official', 'absent_excused')];
    const vote = { for: 4, against: 2, other: 0 };
    expect(tallyVote(vote, excused)).toMatchObject({ base: 6, passed: true });
    const unexcused = excused.map((r) => (r.status === 'absent_excused' ? row('official', 'absent_unexcused') : r));
    expect(tallyVote(vote, unexcused)).toMatchObject({ base: 8, passed: false });
  });

  it('flags a vote that counts more votes than official members present; probationary and exempt members never count', () => {
    const rows = [row('official', 'present'), row('official', 'present'), row('probationary', 'present'), row('official', 'not_recorded', 'exempt')];
    expect(tallyVote({ for: 3, against: 0, other: 0 }, rows)).toMatchObject({ eligible: 2, base: 2, exceedsEligible: true });
  });
});

describe('a resolution exists only when adopted', () => {
  it('adopted only by a resolution vote that passed', () => {
    expect(resolutionStatus({ noResolution: false, votes: [{ isResolution: false, passed: true }] })).toBe('not_voted');
    expect(resolutionStatus({ noResolution: false, votes: [{ isResolution: true, passed: false }] })).toBe('failed');
    expect(resolutionStatus({ noResolution: false, votes: [{ isResolution: true, passed: false }, { isResolution: true, passed: true }] }))
      .toBe('adopted');
    expect(resolutionStatus({ noResolution: true, votes: [{ isResolution: true, passed: true }] })).toBe('none');
  });

  it('content is results, shortcomings, tasks or implementation; a title alone is not', () => {
    expect(hasResolutionContent({ title: 'về việc X', results: ['  '] })).toBe(false);
    expect(hasResolutionContent({ tasks: [{ content: 'Làm đường' }] })).toBe(true);
    expect(hasResolutionContent(null)).toBe(false);
  });

  it('the minutes state why there is no resolution', () => {
    expect(noResolutionSentence('failed')).toContain('nghị quyết không được thông qua');
    expect(noResolutionSentence('none')).toBe('Chi bộ không ban hành nghị quyết trong tháng này.');
  });
});
