import type { OversightResources } from './oversight.vi';

/** English strings of the committee's year; the type keeps every key of oversight.vi.ts present. */
const oversightEn: OversightResources = {
  nav: 'In charge',
  hub: {
    title: 'The committee’s year',
    nav: 'The year',
    month: 'Each month: cells no committee member attended, observations missing.',
    supervision: 'The year’s inspection and supervision programme (Regulation 296-QĐ/TW): decision, report, conclusion, remedies, verification.',
  },
  home: {
    title: 'Committee member in charge: what waits for you',
    cells: 'Cells you are in charge of',
    noCells: 'You are not in charge of any cell.',
    since: 'since {{date}}',
    scores: 'Scores waiting for your confirmation',
    noScores: 'No score is waiting for confirmation.',
    scoreLine: 'The cell scored itself {{total}} points — {{level}}',
    confirm: 'Confirm the score',
    confirmTitle: 'Confirm the score of the meeting of {{date}} — {{unit}}',
    comment: 'Comment with the confirmation (optional)',
    confirmed: 'Recently confirmed',
    confirmedBy: 'Confirmed by {{name}} at {{date}}',
    observations: 'Observations to write',
    noObservations: 'You have written an observation for every meeting you attended.',
    next: 'Your cells’ next meetings',
    noNext: 'No meeting is scheduled in the next two months.',
    open: 'Open the meeting',
    monthLink: 'By month: cells no committee member attended, missing observations',
    yearTitle: 'Meetings of {{year}}',
    noMeetings: 'No meeting has been held this year yet.',
  },
  att: {
    attended: 'You attended', notAttended: 'You did not attend', notInvited: 'Not on the list of those summoned',
    written: 'Observation written', missing: 'Observation missing',
  },
  obs: {
    title: 'Observation after the meeting',
    intro: 'After each meeting attended, the committee member in charge reports to the committee on how the cell leads and on members’ thinking (Regulation 296-QĐ/TW).',
    write: 'Write the observation', edit: 'Edit the observation',
    leadership: 'How the cell led and conducted the meeting',
    leadershipHint: 'Preparation, conduct, conclusions; whether the resolution fits the village’s work.',
    mood: 'Members’ thinking and mood',
    residents: 'What residents say',
    proposals: 'Proposals to the committee',
    save: 'Save the observation', saved: 'Observation saved.', required: 'Please write at least 2 characters.',
    writtenAt: 'Written at {{date}}',
    cannot: 'Observations are written only for meetings you attended (by the roll call).',
    back: 'Back to what waits for you',
  },
  month: {
    title: 'Committee members at the cells’ meetings',
    unit: 'Unit', month: 'Month', prev: 'Previous month', next: 'Next month',
    cells: '{{n}} cells', held: '{{n}} cells met',
    withoutCommittee: 'Cells no committee member attended', missing: 'Missing observations',
    inCharge: 'In charge', noneInCharge: 'Not assigned', present: 'Committee members present', noOne: 'No committee member attended',
    noMeeting: 'No meeting this month', missingOf: 'Observation missing: {{names}}', onlyProblems: 'Only cells that need attention',
    allGood: 'This month every cell that met had a committee member present and every observation written.',
  },
};

export default oversightEn;
