import { describe, expect, it } from 'vitest';
import { canTransition, checkTemporaryAttendance, IN_CELL_STATES, temporaryOn } from './members';

describe('suspension (đình chỉ sinh hoạt đảng)', () => {
  it('suspends an active, exempt or temporarily exempt member and ends the suspension', () => {
    expect(canTransition('suspended', 'official', 'active')).toBe(true);
    expect(canTransition('suspended', 'official', 'exempt')).toBe(true);
    expect(canTransition('suspended', 'official', 'suspended')).toBe(false);
    expect(canTransition('suspension_ended', 'official', 'suspended')).toBe(true);
    expect(canTransition('suspension_ended', 'official', 'active')).toBe(false);
  });
  it('keeps a suspended member in the cell: may be made official, removed or transferred', () => {
    expect(IN_CELL_STATES).toContain('suspended');
    expect(canTransition('made_official', 'probationary', 'suspended')).toBe(true);
    expect(canTransition('removed', 'official', 'suspended')).toBe(true);
    expect(canTransition('exempted', 'official', 'suspended')).toBe(false);
  });
});

describe('temporary attendance in another cell (sinh hoạt tạm thời)', () => {
  const base = { homeOrgId: 'home', hostOrgId: 'host', hostKind: 'cell', from: '2026-12-01', to: '2027-02-28' };
  it('accepts a period in another cell', () => {
    expect(() => checkTemporaryAttendance(base, [{ from: '2026-01-01', to: '2026-11-30' }])).not.toThrow();
  });
  it('refuses the member’s own cell, a unit that is not a cell, a period ending before it starts, an overlap', () => {
    const code = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return (e as { code: string }).code;
      }
      return null;
    };
    expect(code(() => checkTemporaryAttendance({ ...base, hostOrgId: 'home' }))).toBe('temporary_same_cell');
    expect(code(() => checkTemporaryAttendance({ ...base, hostKind: 'committee' }))).toBe('temporary_host_not_cell');
    expect(code(() => checkTemporaryAttendance({ ...base, to: '2026-11-30' }))).toBe('temporary_period_order');
    expect(code(() => checkTemporaryAttendance(base, [{ from: '2027-02-28', to: null }]))).toBe('temporary_overlap');
  });
  it('covers both its first and its last day', () => {
    const p = { from: '2026-12-01', to: '2027-02-28' };
    expect([temporaryOn(p, '2026-11-30'), temporaryOn(p, '2026-12-01'), temporaryOn(p, '2027-02-28'), temporaryOn(p, '2027-03-01')])
      .toEqual([false, true, true, false]);
  });
});
