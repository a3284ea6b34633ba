import { RuleError } from './errors';

/**
 * Who confirms a meeting's score. The cell proposes its own score and the upper-level committee member in
 * charge of the cell who attended the meeting confirms it (HD 12-HD/BTCTW 2018 on a good meeting, the provincial
 * scoring forms; DOMAIN.md "Quality scoring"). When no committee member in charge attended, a leader of the
 * committee above confirms in their place and records why. Only those; nobody else.
 */
export type ScoreConfirmer = {
  /** Assigned in charge of the cell (org_overseers) on the meeting's date. */
  inCharge: boolean;
  /** Present at the meeting as the roll call recorded it (present, late, left early). */
  attended: boolean;
  /** A leader of a committee above the cell, or a system administrator. */
  leader: boolean;
};

export type ConfirmedAs = 'overseer' | 'leader';

export function scoreConfirmedAs(input: {
  who: ScoreConfirmer;
  /** The committee members in charge of the cell who attended the meeting. */
  attendingOverseers: readonly string[];
  reason?: string | null;
  unit: string;
}): ConfirmedAs {
  const { who, attendingOverseers, unit } = input;
  if (who.inCharge && who.attended) return 'overseer';
  if (who.leader) {
    if (attendingOverseers.length > 0) throw new RuleError('score_confirm_by_attending_overseer', { name: attendingOverseers.join(', ') });
    if (!input.reason?.trim()) throw new RuleError('score_confirm_reason_required');
    return 'leader';
  }
  if (who.inCharge) throw new RuleError('score_confirm_overseer_absent', { unit });
  throw new RuleError('score_confirm_not_allowed', { unit });
}
