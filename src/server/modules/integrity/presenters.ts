// The seal check's findings on the wire: where a break is (unit, meeting, version, place in the chain) and each
// unit's head of chain.
import type { GapRow, SealRow } from './queries';
import type { SealBreak, SealHead } from './service';

/** The last version of a unit's chain. */
export const presentHead = (r: SealRow): SealHead => ({ orgId: r.org_id, orgName: r.org_name, versions: r.chain_seq, hash: r.hash });

/** Where a break in a stored version is. */
export const breakAt = (r: SealRow): Omit<SealBreak, 'problem'> => ({
  orgId: r.org_id, orgName: r.org_name, meetingId: r.meeting_id, meetingDate: r.meeting_date, version: r.version, chainSeq: r.chain_seq,
});

/** A version that should exist and does not. */
export const presentGap = (g: GapRow): SealBreak => ({
  problem: 'version_missing', orgId: g.org_id, orgName: g.org_name, meetingId: g.meeting_id, meetingDate: g.meeting_date,
  version: g.version, chainSeq: null,
});
