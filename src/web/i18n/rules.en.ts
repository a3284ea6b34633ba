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
  member: {
    temporaryTitle: 'Temporary attendance in another cell',
    temporaryAdd: 'Temporary attendance',
    temporaryHint: 'During this period the member attends the host cell: it summons the member; the home cell does not, and leaves the member out of its voting base.',
    host: 'Host cell',
    from: 'From',
    to: 'To (last day)',
    lastDay: 'Last day of the temporary attendance',
    period: 'From {{from}} to {{to}}',
    now: 'Attending there now',
    end: 'End early',
    salary: 'Salary for dues (đồng a month)',
    pension: 'Pension for dues (đồng a month)',
    duesBaseHint: 'The salary and allowances on which social insurance is paid (or the pension), as the member declares it.',
    duesFromBase: 'Monthly dues at the general rates (1% of salary, 0.5% of pension): {{amount}}',
  },
  unit: {
    title: 'Members not attending here as usual',
    tooFew: 'The cell has only {{official}} full members; under the Party Charter a cell needs at least {{minimum}}.',
    tooFewCells: 'Cells with fewer than {{minimum}} full members (Party Charter)',
    officialOf: '{{name}}: {{official}} full members',
    here: 'Attending here temporarily (summoned here)',
    elsewhere: 'Attending another cell temporarily (not summoned, out of the voting base)',
    suspended: 'Suspended (not summoned, out of the voting base)',
    fromCell: 'from {{name}}',
    atCell: 'at {{name}}',
    until: 'until {{date}}',
    since: 'since {{date}}',
  },
  duesList: {
    title: 'Members behind with their dues',
    hint: '{{year}}: 2 months unpaid without a valid reason bring a reminder; 3 months, the cell considers the case under the Party Charter.',
    empty: 'No member has left 2 or more months unpaid in {{year}}.',
    warning: 'Reminder',
    flag: 'To consider',
    months: 'Unpaid: {{months}}',
    arrears: 'Owes {{amount}}',
  },
};
export default rulesEn;
