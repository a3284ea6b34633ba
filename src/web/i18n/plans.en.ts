import type { PlansResources } from './plans.vi';

/** English strings of the cells' annual activity plans; the type keeps every key of plans.vi.ts present. */
const plansEn: PlansResources = {
  nav: 'Cells’ annual plans',
  hub: 'Each cell’s annual activity plan: a thematic topic per quarter, each month’s focus, targets; the committee approves.',
  listTitle: 'The cells’ activity plans for {{year}}',
  title: 'Activity plan {{year}} — {{name}}',
  none: 'No plan yet',
  status: { draft: 'Draft', submitted: 'Submitted, awaiting approval', approved: 'Approved' },
  approvedBy: 'Approved by {{name}} at {{date}}',
  reopened: 'The committee reopened the plan: {{reason}}',
  edit: 'Edit the plan', submit: 'Submit to the committee', submitted: 'Plan submitted.', approve: 'Approve the plan', reopen: 'Reopen for changes',
  reason: 'Reason for reopening', reasonRequired: 'Please give a reason.', saved: 'Plan saved.',
  progress: 'Targets and results up to {{date}}', target: 'Target', planned: 'Planned', done: 'Achieved',
  t: {
    regularMeetings: 'Regular meetings', thematicMeetings: 'Thematic meetings', attendanceRate: 'Members attending',
    newMembers: 'New members admitted', other: 'Other targets',
  },
  quarters: 'Thematic meetings by quarter', quarter: 'Quarter {{q}}', month: 'Month {{m}}', noTopic: 'No topic yet',
  topicOf: 'Topic of quarter {{q}}', monthOf: 'Month of the thematic meeting, quarter {{q}}',
  schedule: 'Schedule the thematic meeting on {{date}}', scheduled: 'Thematic meeting scheduled.',
  months: 'Each month’s focus', targets: 'Targets', topics: '{{n}}/4 thematic topics',
};

export default plansEn;
