import { parseLocalTime, type LocalTime } from '../dates';
import { RuleError } from './errors';
import { ruleText } from './rule-messages';
import type { MeetingType } from './types';

export type DurationMinimums = Partial<Record<MeetingType, number>>;

// HD 42-HD/BTCTW (28 Oct 2025): a cell meeting lasts ≥ 90 minutes; ≥ 120 when the regular and the thematic
// meeting share one session. A small cell's committee may set otherwise, so this is only the default.
// Extraordinary meetings have no minimum here (called for one urgent matter).
export const DEFAULT_MINIMUM_MINUTES: Readonly<DurationMinimums> = {
  regular: 90,
  expanded: 90,
  thematic: 90,
  combined: 120,
};

/** Minutes from start to end on the same day; an end before the start is an error. */
export function durationMinutes(start: LocalTime, end: LocalTime): number {
  let s: { hour: number; minute: number };
  let e: { hour: number; minute: number };
  try {
    s = parseLocalTime(start);
    e = parseLocalTime(end);
  } catch {
    throw new RuleError('invalid_time', {
      start,
      end,
    });
  }
  const minutes = e.hour * 60 + e.minute - (s.hour * 60 + s.minute);
  if (minutes < 0) {
    throw new RuleError('end_before_start', { start, end });
  }
  return minutes;
}

export type DurationWarning = { code: 'meeting_too_short'; minimum: number; actual: number; message: string };

export function durationWarning(
  type: MeetingType,
  minutes: number,
  minimums: DurationMinimums = DEFAULT_MINIMUM_MINUTES,
): DurationWarning | null {
  const minimum = minimums[type];
  if (minimum === undefined || minutes >= minimum) return null;
  return {
    code: 'meeting_too_short',
    minimum,
    actual: minutes,
    message: ruleText('vi', 'meeting_too_short', { minimum, actual: minutes }),
  };
}
