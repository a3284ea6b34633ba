import type { FollowupResources } from './followup.vi';

/** English strings of tasks, monthly reports, directives and notifications; the type keeps every key of followup.vi.ts present. */
const followupEn: FollowupResources = {
  task: {
    title: 'Tasks', sectionTitle: 'Tasks', openAll: 'All tasks', none: 'No tasks.',
    overdueCount: '{{count}} overdue tasks', noneOverdue: 'No overdue tasks.', openCount: '{{count}} tasks followed',
    status: { open: 'Not started', in_progress: 'In progress', done: 'Done', overdue: 'Overdue', dropped: 'Dropped' },
    ownerKind: { member: 'Member', cell: 'Cell', cell_committee: 'Cell committee', partner: 'Partner unit' },
    regular: 'Regular (ongoing)', due: 'Due', dueOn: 'Due {{date}}', owner: 'Done by', giver: 'Given by',
    fromMeeting: 'Resolution of the meeting of {{date}}', fromCommittee: 'Given directly',
    filters: 'Filter tasks', statusLabel: 'Status', allStatuses: 'Any status', allOwners: 'Any owner', month: 'Due month', clear: 'Clear filters',
    give: 'Give a task', giveTitle: 'Give a new task', name: 'Task', nameRequired: 'Please describe the task.',
    ownerRequired: 'Please choose who does it.', dueKind: 'Kind of deadline', byDate: 'By a date',
    dueRequired: 'Please choose the due date.', lastNote: 'Latest progress ({{date}}): {{text}}',
    progress: 'Progress', noNotes: 'No progress recorded yet.', addNote: 'Record progress', noteText: 'What was done',
    noteRequired: 'Please write what was done.', newStatus: 'Status after this note', keepStatus: '— Keep the status —',
    dropReason: 'Reason for dropping', dropReasonRequired: 'Give a reason for dropping the task.', noteOn: 'Date',
    atMeeting: 'at the meeting of {{date}}', edit: 'Edit the task', doneOn: 'Done on {{date}}', droppedBecause: 'Dropped because: {{reason}}',
    count: '{{count}} tasks', prev: 'Previous page', next: 'Next page', backToList: 'Task list',
    review: {
      title: 'Review of last month’s tasks', open: 'Review tasks', since: 'Tasks due or changed since the meeting of {{date}}.',
      sinceNone: 'Tasks the cell follows.', none: 'No tasks to review.', said: 'What the cell said',
      save: 'Save the review', saved: 'What the cell said is recorded as each task’s progress.', notHeld: 'Record the review once the meeting has taken place.',
      recorded: 'Recorded: {{text}}',
    },
  },
  report: {
    title: 'Monthly reports', open: 'Monthly reports', month: 'Month {{month}}', prev: 'Previous month', next: 'Next month',
    state: { submitted: 'Reported', late: 'Reported late', missing: 'Not reported' },
    counts: 'Reported: {{submitted}} · Late: {{late}} · Not reported: {{missing}}', overdue: 'overdue',
    due: 'Due {{date}}', submittedOn: 'Sent on {{date}}', bySecretary: 'entered by the secretary', enter: 'Enter the report', view: 'See, correct the report',
    kind: { cell: 'Cell', partner: 'Partner unit' }, none: 'No unit reports this month.',
    formTitle: 'Report for {{month}}', tasks: 'Results per task', noTasks: 'No tasks this month.',
    result: 'Result', difficulties: 'Difficulties', proposals: 'Proposals', submit: 'Send the report', saved: 'The report is sent.',
    already: 'Sent on {{date}} ({{state}}). Correct and send again if needed.',
    dueDay: 'Report due day of the month', dueDayHint: 'Empty: two days before the cell’s meeting.', dueDayNow: 'Reports due: {{text}}',
    dueDayDefault: 'two days before the meeting', dueDayOn: 'day {{day}} of each month', setDueDay: 'Set the due day',
  },
};
export default followupEn;
