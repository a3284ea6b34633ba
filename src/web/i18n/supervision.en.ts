import type { SupervisionResources } from './supervision.vi';

/** English strings of inspection and supervision; the type keeps every key of supervision.vi.ts present. */
const supervisionEn: SupervisionResources = {
  nav: 'Inspection, supervision',
  title: 'Inspection and supervision programme {{year}}',
  unit: 'Unit', prevYear: 'Previous year', nextYear: 'Next year',
  empty: 'No inspection or supervision item this year.',
  add: 'Add an item',
  kind: { inspection: 'Inspection', supervision: 'Thematic supervision' },
  subjectKind: { cell: 'Cell', cell_committee: 'Cell committee', member: 'Member' },
  status: {
    planned: 'In the programme', decided: 'Decision issued', reported: 'Subject has reported', findings: 'Team’s findings in',
    concluded: 'Remedying', verified: 'Verified, closed',
  },
  field: {
    kind: 'Kind', subjectKind: 'Subject', cell: 'Cell', member: 'Member', content: 'Content', periodFrom: 'From',
    periodTo: 'To', lead: 'Team lead', teamMember: 'Team member', period: 'Period', team: 'Team',
  },
  required: 'Please fill this in.',
  remediesCount: 'Remedies: {{verified}}/{{total}} verified',
  overdue: '{{n}} overdue',
  steps: {
    decision: 'Decision and plan', report: 'The subject’s report', findings: 'The team’s findings',
    conclusion: 'Conclusion and its notice', remedies: 'Remedies and verification',
  },
  decision: {
    no: 'Decision number', date: 'Date signed', plan: 'Plan (purpose, method, timing)', submit: 'Issue the decision',
    issued: 'Decision No. {{no}} of {{date}}',
  },
  report: { text: 'The report', date: 'Date of the report', submit: 'Record the report', waiting: 'Waiting for the subject’s report.' },
  findings: { text: 'The team’s findings', date: 'Date', submit: 'Record the findings' },
  conclusion: {
    strengths: 'Strengths', shortcomings: 'Shortcomings', requests: 'Requests, recommendations', noticeNo: 'Notice number',
    noticeDate: 'Date of the notice', remedies: 'Remedies', addRemedy: 'Add a remedy', remedy: 'Remedy',
    owner: 'Owner', due: 'Deadline', remove: 'Remove this remedy', submit: 'Conclude and issue the notice',
    issued: 'Notice No. {{no}} of {{date}}',
  },
  remedyTask: {
    open: 'Follow the task',
    tag: { inspection: 'Remedy after inspection', supervision: 'Remedy after supervision' },
    from: { inspection: 'Inspection conclusion: a remedy', supervision: 'Supervision conclusion: a remedy' },
    status: {
      open: 'Not reported yet (marking it done reports it to the committee)', reported: 'Reported done, waiting for the committee to verify',
      verified: 'Verified by the committee',
    },
  },
  remedy: {
    open: 'Not done yet', reported: 'Reported done', verified: 'Verified', due: 'Due {{date}}', owner: 'Owner: {{name}}',
    done: 'Report done', verify: 'Verify', note: 'Note', doneNote: 'Report: {{note}}',
    verifiedBy: 'Verified by {{name}} at {{date}}', none: 'Nothing to remedy.', overdue: 'Overdue',
  },
  download: 'Download', pdf: 'PDF', docx: 'Word (DOCX)',
  observations: 'Ongoing supervision: the committee members in charge at the cell’s meetings in this period',
  noObservations: 'No meeting in this period had a committee member in charge invited.',
  attended: 'attended', absent: 'did not attend', noNote: 'no observation written',
  back: 'Back to the programme',
};

export default supervisionEn;
