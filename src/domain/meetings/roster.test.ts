import { describe, expect, it } from 'vitest';
import { checkNotEarly, isUpcoming, rosterEntry, standingOn, tooFewOfficials, type RosterMember } from './roster';
import { countAttendance, votingBase, type AttendanceRow } from './attendance';

const member = (over: Partial<RosterMember> = {}): RosterMember => ({
  personId: 'p', name: 'Lò Văn A', standing: 'official', officialDate: null, state: 'active', attachment: 'home', ...over,
});

describe('the roster on the meeting’s date', () => {
  it('standing: official from the official date on', () => {
    const m = member({ officialDate: '2026-11-15' });
    expect(standingOn(m, '2026-11-10')).toBe('probationary');
    expect(standingOn(m, '2026-11-15')).toBe('official');
    expect(standingOn(member({ standing: 'probationary' }), '2030-01-01')).toBe('probationary');
  });

  it('summons active members; lists exempt, suspended and those attending in another cell without summoning them', () => {
    expect(rosterEntry(member(), '2026-11-10')).toMatchObject({ role: 'member', memberState: 'active' });
    expect(rosterEntry(member({ state: 'temp_exempt' }), '2026-11-10')).toMatchObject({ role: 'exempt', memberState: 'temp_exempt' });
    expect(rosterEntry(member({ state: 'suspended' }), '2026-11-10')).toMatchObject({ role: 'exempt', memberState: 'suspended' });
    expect(rosterEntry(member({ attachment: 'away' }), '2026-11-10')).toMatchObject({ role: 'exempt', memberState: 'elsewhere' });
    expect(rosterEntry(member({ attachment: 'guest_member' }), '2026-11-10')).toMatchObject({ role: 'member', memberState: 'active' });
  });

  it('suspended members and those attending elsewhere are out of the voting base and not absent, even when they came', () => {
    const rows: AttendanceRow[] = [
      { name: 'a', standing: 'official', state: 'active', status: 'present' },
      { name: 'b', standing: 'official', state: 'suspended', status: 'present' },
      { name: 'c', standing: 'official', state: 'elsewhere', status: 'not_recorded' },
      { name: 'd', standing: 'official', state: 'active', status: 'absent_unexcused' },
    ];
    expect(votingBase(rows)).toBe(2);
    expect(countAttendance(rows)).toMatchObject({ expected: 2, notSummoned: 2, exempt: 0, absentUnexcused: 1, notRecorded: 0 });
  });

  it('warns a cell with fewer than 3 official members (Charter)', () => {
    const e = (standing: 'official' | 'probationary', guest = false) => ({ standing, guest });
    expect(tooFewOfficials([e('official'), e('official'), e('probationary')])).toEqual({ official: 2 });
    expect(tooFewOfficials([e('official'), e('official'), e('official')])).toBeNull();
  });

  it('counts the cell’s own official members only: not a guest from another cell; its own attending elsewhere do count', () => {
    const home = (memberState: 'active' | 'elsewhere' | 'exempt') => rosterEntry(
      { personId: memberState, name: memberState, standing: 'official', officialDate: null, state: memberState === 'exempt' ? 'exempt' : 'active',
        attachment: memberState === 'elsewhere' ? 'away' : 'home' }, '2026-11-10');
    const guest = rosterEntry({ personId: 'g', name: 'g', standing: 'official', officialDate: null, state: 'active', attachment: 'guest_member' }, '2026-11-10');
    expect(guest).toMatchObject({ role: 'member', memberState: 'active', guest: true });
    expect(tooFewOfficials([home('active'), home('active'), guest])).toEqual({ official: 2 });
    expect(tooFewOfficials([home('active'), home('exempt'), home('elsewhere')])).toBeNull();
  });
});

describe('the meeting’s day', () => {
  it('refuses recording before the day without a reason', () => {
    expect(() => checkNotEarly('2026-11-01', '2026-11-10', null)).toThrow(/chưa diễn ra/);
    expect(() => checkNotEarly('2026-11-01', '2026-11-10', 'Họp sớm vì mùa gặt')).not.toThrow();
    expect(() => checkNotEarly('2026-11-10', '2026-11-10', null)).not.toThrow();
  });

  it('a held or approved meeting is not upcoming, even when its date is ahead', () => {
    expect(isUpcoming({ status: 'planned', date: '2026-12-10' }, '2026-11-29')).toBe(true);
    expect(isUpcoming({ status: 'approved', date: '2026-12-10' }, '2026-11-29')).toBe(false);
    expect(isUpcoming({ status: 'moved', date: '2026-11-28' }, '2026-11-29')).toBe(false);
  });
});

describe('one consistent set of roll-call counts', () => {
  it('present (late included) + absent with reason + absent without reason + not recorded = expected, whatever is marked', async () => {
    const fc = (await import('fast-check')).default;
    const row = fc.record({
      name: fc.constant('x'),
      standing: fc.constantFrom('official' as const, 'probationary' as const),
      state: fc.constantFrom('active' as const, 'exempt' as const, 'temp_exempt' as const, 'suspended' as const, 'elsewhere' as const),
      status: fc.constantFrom('present' as const, 'late' as const, 'left_early' as const, 'absent_excused' as const, 'absent_unexcused' as const,
        'not_recorded' as const),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const c = countAttendance(rows);
      expect(c.presentExpected + c.absentExcused + c.absentUnexcused + c.notRecorded).toBe(c.expected);
      expect(c.presentExpected + c.presentNotExpected).toBe(c.present);
      expect(c.expected + c.exempt + c.notSummoned).toBe(c.total);
      expect(c.presentExpected).toBeLessThanOrEqual(c.expected);
    }));
  });
});

describe('one thematic-quarter computation for the unit page and the calendar', () => {
  it('keeps the warnings of the quarter of the day only', async () => {
    const { warningsOfQuarter } = await import('./schedule');
    const w = [{ orgId: 'a', year: 2026, quarter: 4 }, { orgId: 'a', year: 2027, quarter: 1 }, { orgId: 'b', year: 2027, quarter: 1 }];
    expect(warningsOfQuarter(w, '2026-11-29')).toEqual([{ orgId: 'a', year: 2026, quarter: 4 }]);
    expect(warningsOfQuarter(w, '2027-01-02')).toHaveLength(2);
  });
});
