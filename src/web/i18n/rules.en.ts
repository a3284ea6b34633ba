import type rulesVi from './rules.vi';

/** English strings of the meeting rules. Keep keys in step with rules.vi.ts. */
const rulesEn: typeof rulesVi = {
  vote: {
    isResolution: 'This is the vote on the resolution',
    isResolutionHint: 'The resolution is issued only when more than half of the official members summoned vote in favour.',
    resolutionTag: 'Resolution vote',
    exceeds: 'The votes ({{total}}) exceed the official members present ({{eligible}}) in the roll call as it stands: correct this before approving the minutes.',
    result: 'In favour {{for}}/{{base}} ({{pct}}%; at least {{needed}} needed) · against {{against}} · other {{other}}',
  },
  dues: {
    arrears: 'Owed from earlier months',
    warning: 'Unpaid in {{count}} months this year (months {{months}}): remind',
    flag: 'Unpaid in {{count}} months this year (months {{months}}): to be considered under the Charter',
  },
  roll: {
    expected: 'Expected',
    exempt: 'Exempt, not summoned',
    lateNote: '({{count}} late)',
    breakdown: '{{total}} members ({{official}} official, {{probationary}} probationary); {{exempt}} exempt; {{notSummoned}} suspended or attending in another cell. Present includes {{late}} late and {{leftEarly}} who left early; {{presentNotExpected}} not expected came anyway.',
    votingBase: 'Official members summoned: {{officialExpected}}; less {{excused}} absent with a reason, the voting base is {{base}}. A resolution passes with at least {{needed}} in favour (more than half). Probationary members ({{probationary}} present) may speak but do not vote.',
  },
  early: {
    title: 'The meeting of {{date}} has not taken place yet: no roll call, minutes or approval before then.',
    reason: 'If the cell met earlier, write why it met before its day (or correct the date in the Preparation step)',
    save: 'Record the reason for meeting early',
    recorded: 'Recorded before the meeting’s day. Reason: {{reason}}',
  },
  resolution: {
    noResolution: 'No resolution this month',
    noResolutionHint: 'The minutes will state that the cell issues no resolution; no resolution number is taken.',
    status: {
      adopted: 'The resolution was adopted by vote.',
      failed: 'The resolution vote did not reach more than half of the official members summoned: there is no resolution, and the minutes say so.',
      none: 'The cell issues no resolution this month: the minutes say so.',
      not_voted: 'The resolution has not been voted on yet (record it in the Minutes step, under Voting).',
    },
  },
};
export default rulesEn;
