import { describe, expect, it } from 'vitest';
import {
  checkNotEarly, isUpcoming, planRoster, rosterEntry, standingOn, tooFewOfficials, type RosterEntry, type RosterFacts, type RosterMember, type StoredInvitation,
} from './roster';
import { countAttendance, OVERSEER_TITLE, votingBase, type AttendanceRow } from './attendance';

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

describe('the roster’s plan (planRoster): what a write stores and a reader is shown', () => {
  const entry = (personId: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
    personId, name: `Đảng viên ${personId}`, role: 'member', standing: 'official', memberState: 'active', guest: false, ...over,
  });
  const stored = (personId: string | null, over: Partial<StoredInvitation> = {}): StoredInvitation => ({
    role: 'member', personId, name: `Đảng viên ${personId}`, standing: 'official', memberState: 'active', guest: false, recorded: false, ...over,
  });
  const facts = (over: Partial<RosterFacts> = {}): RosterFacts => ({ live: true, roster: [], overseers: [], keep: [], invited: [], ...over });

  it('adds the members who joined and the committee member in charge, each once, members first', () => {
    const plan = planRoster(facts({
      roster: [entry('a'), entry('b')], overseers: [{ personId: 'o', name: 'Phụ trách' }, { personId: 'b', name: 'Đảng viên b' }],
      invited: [stored('a')],
    }));
    expect(plan.drop).toEqual([]);
    expect(plan.update).toEqual([]);
    expect(plan.add.map((x) => [x.personId, x.role, x.title])).toEqual([['b', 'member', null], ['o', 'overseer', OVERSEER_TITLE]]);
  });

  it('brings a member’s line up to the roster, never a guest’s or an overseer’s invited by hand', () => {
    const a = stored('a', { standing: 'probationary' });
    const g = stored('g', { role: 'guest', standing: null, memberState: null });
    const plan = planRoster(facts({ roster: [entry('a'), entry('g')], invited: [a, g] }));
    expect(plan.update).toEqual([{ invitation: a, entry: entry('a') }]);
    expect(plan.add).toEqual([]);
  });

  it('takes off a member who left, unless something was recorded or they chair or record the meeting; guests stay', () => {
    const left = stored('x');
    const recorded = stored('r', { recorded: true });
    const chair = stored('c');
    const guest = stored('g', { role: 'guest' });
    const free = stored(null, { role: 'guest', name: 'Đại diện Chi hội Phụ nữ' });
    const plan = planRoster(facts({ keep: ['c', null], invited: [left, recorded, chair, guest, free] }));
    expect(plan.drop).toEqual([left]);
  });

  it('invites again, as overseer, a member who left the cell and is the committee member in charge', () => {
    const plan = planRoster(facts({ overseers: [{ personId: 'x', name: 'Đảng viên x' }], invited: [stored('x')] }));
    expect(plan.drop.map((i) => i.personId)).toEqual(['x']);
    expect(plan.add.map((x) => [x.personId, x.role])).toEqual([['x', 'overseer']]);
  });

  it('once held, leaves the members as recorded and only adds a committee member in charge not yet invited', () => {
    const plan = planRoster(facts({
      live: false, roster: [entry('a'), entry('b', { role: 'exempt', memberState: 'exempt' })], overseers: [{ personId: 'o', name: 'Phụ trách' }],
      invited: [stored('b'), stored('x')],
    }));
    expect(plan).toEqual({ drop: [], update: [], add: [expect.objectContaining({ personId: 'o', role: 'overseer' })] });
  });
});
