import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../domain/dates';
import { duesWarnings, type DuesMonth } from '../../domain/meetings/dues';
import { generateDemo } from './index';
import { FAILED_VOTE_CELL, failedVoteMonth } from './rules';

/** The demo shows the meeting rules (docs/rules.md), whatever day it is loaded on. */
describe.each([undefined, '2026-11-30', '2027-03-05'])('the demo’s meeting rules, told from %s', (today) => {
  const d = generateDemo(undefined, today);
  const M = d.meetings;
  const cell = d.cellIds[FAILED_VOTE_CELL];

  it('has one month whose resolution vote failed: minutes with a BB number, no NQ number, no tasks', () => {
    const failed = M.votes.filter((v) => v.is_resolution && !v.passed);
    expect(failed).toHaveLength(1);
    const m = M.meetings.find((x) => x.id === failed[0].meeting_id)!;
    expect(m.org_id).toBe(cell);
    expect((m.original_date ?? m.date).slice(0, 7)).toBe(failedVoteMonth(d.today));
    expect(failed[0].votes_for).toBeLessThanOrEqual(failed[0].base / 2);
    expect(M.documentNumbers.filter((n) => n.meeting_id === m.id).map((n) => n.doc_type)).toEqual(['BB']);
    expect(m.resolution?.tasks ?? []).toEqual([]);
    // The cell's resolutions number on without a gap.
    for (const scope of new Set(M.documentNumbers.filter((n) => n.org_id === cell).map((n) => n.scope_key))) {
      const nq = M.documentNumbers.filter((n) => n.org_id === cell && n.doc_type === 'NQ' && n.scope_key === scope).map((n) => n.seq).sort((a, b) => a - b);
      expect(nq).toEqual(nq.map((_, i) => nq[0] + i));
    }
    const snapshot = M.minutesVersions.find((v) => v.meeting_id === m.id)!.snapshot as { resolution: unknown; resolutionStatus: string };
    expect(snapshot).toMatchObject({ resolution: null, resolutionStatus: 'failed' });
  });

  it('summons a member made official between the planning and the holding of a meeting as official', () => {
    const found = d.members.filter((mb) => mb.official_date).flatMap((mb) => M.meetings
      .filter((m) => m.created_at.slice(0, 10) < mb.official_date! && m.date >= mb.official_date!)
      .map((m) => M.invitations.find((i) => i.meeting_id === m.id && i.person_id === mb.person_id))
      .filter((i) => i !== undefined));
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect(i!.standing).toBe('official');
  });

  it('has members behind with their dues in the year, under warning (and flag, later in the year)', () => {
    const year = parseIsoDate(d.today).year;
    const meetings = new Map(M.meetings.map((m) => [m.id, m]));
    const paid = new Map(M.duesPayments.map((p) => [`${p.meeting_id} ${p.person_id}`, p]));
    const months = new Map<string, DuesMonth[]>();
    for (const i of M.invitations) {
      const m = meetings.get(i.meeting_id)!;
      if (!i.person_id || i.role !== 'member' || !['regular', 'expanded', 'combined'].includes(m.type) || m.status !== 'approved') continue;
      const p = paid.get(`${m.id} ${i.person_id}`);
      const dt = parseIsoDate(m.original_date ?? m.date);
      months.set(i.person_id, [...(months.get(i.person_id) ?? []), { year: dt.year, month: dt.month, expected: p?.expected ?? 4000, paid: p?.amount_paid ?? null }]);
    }
    const list = duesWarnings([...months].map(([personId, ms]) => ({ personId, name: personId, orgId: '', orgName: '', months: ms })), year);
    expect(list.some((x) => x.level === 'warning')).toBe(true);
    // Three unpaid months take a few months of the year.
    if (parseIsoDate(d.today).month >= 6) expect(list.some((x) => x.level === 'flag')).toBe(true);
  });
});
