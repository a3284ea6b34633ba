import { describe, expect, it } from 'vitest';
import * as meetings from './index';

describe('meetings index', () => {
  it('exports the public rules', () => {
    for (const name of [
      'RuleError',
      'MEETING_TYPE_LABELS',
      'planMeetings',
      'resolveRule',
      'plannedDate',
      'quartersWithoutThematic',
      'countAttendance',
      'isMeetingValid',
      'votingBase',
      'eligibleVoters',
      'passes',
      'validateVote',
      'absenceStatus',
      'longestExcusedStreak',
      'durationMinutes',
      'durationWarning',
      'formatDocNumber',
      'nextNumber',
      'numberingScope',
      'scoreMeeting',
      'validateScheme',
      'yearRating',
      'DEFAULT_SCHEME',
      'THEMATIC_SCHEME',
      'agendaTemplate',
      'expectedDues',
      'formatVnd',
    ]) {
      expect(meetings, name).toHaveProperty(name);
    }
  });
});
