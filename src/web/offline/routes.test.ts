import { describe, expect, it } from 'vitest';
import type { Meeting } from '../api/contract';
import { tallyVote } from '../../domain/meetings/resolution';
import { routeOf } from './routes';

// A cached meeting as the server sent it: four official members summoned, three present, one vote of 3 for, 0 against.
const member = (n: number, status: string | null) => ({
  id: `i${n}`, role: 'member', personId: `p${n}`, name: `Đảng viên ${n}`, standing: 'official', memberState: 'active', status, reason: null,
});
const cached = {
  id: 'm1', status: 'held',
  invitations: [member(1, 'present'), member(2, 'present'), member(3, 'present'), member(4, null)],
  attendance: { quorum: { num: 2, den: 3 }, votingBase: 4, eligibleVoters: 3, votesNeeded: 3 },
  votes: [{ id: 'v1', subject: 'Nghị quyết tháng', for: 3, against: 0, other: 0, isResolution: true }],
} as unknown as Meeting;

/** What the offline queue shows before the server has the change: the server's own rule (tallyVote), not a copy of it. */
describe('offline changes to a cached meeting', () => {
  it('recounts a vote after a roll-call change as the server does: base, needed, percent, passed and the warning', () => {
    const r = routeOf('PUT', '/api/meetings/m1/attendance/p3')!;
    // Member 3, who voted, is marked absent: 3 votes now exceed the 2 official members present.
    const m = r.route.apply(cached, r.id, { status: 'absent_unexcused' }, 'k1');
    const v = m.votes[0];
    expect(v).toMatchObject({ base: 4, eligible: 2, needed: 3, passed: true, percent: 75, exceedsEligible: true });
    const rows = m.invitations.map((i) => ({ name: i.name, standing: 'official' as const, state: 'active' as const, status: (i.status ?? 'not_recorded') as 'present' }));
    const { total: _total, ...server } = tallyVote({ for: 3, against: 0, other: 0 }, rows);
    expect(v).toMatchObject(server);
  });

  it('tallies a vote entered offline as the server will', () => {
    const r = routeOf('POST', '/api/meetings/m1/votes')!;
    const m = r.route.apply(cached, r.id, { subject: 'Kết nạp đảng viên', method: 'show_of_hands', for: 2, against: 1, other: 0 }, 'k2');
    expect(m.votes[1]).toMatchObject({ id: 'local:k2', base: 4, eligible: 3, needed: 3, passed: false, percent: 50, exceedsEligible: false });
  });
});
