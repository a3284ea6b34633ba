import { labelsIn } from '../../domain/labels';
import { REVIEW_LEVEL_LABELS, REVIEW_SUBJECT_LABELS } from '../../domain/year/review';
import type reviewsVi from './reviews.vi';

/** English strings of the year-end review; the type keeps every key of reviews.vi.ts present. */
const reviewsEn: typeof reviewsVi = {
  nav: 'Year-end review and ranking',
  hub: 'Criticism and self-criticism, review and ranking of party organisations and members (QĐ 366-QĐ/TW, HD 43-HD/BTCTW).',
  title: 'Review and ranking {{year}}',
  start: 'Open the {{year}} review', started: '{{created}} reviews opened ({{total}} in all).',
  none: 'The review of this year has not been opened.',
  summary: 'The committee’s summary', organisations: 'Party organisations (cells, cell committees)', members: 'Members',
  proposed: 'Proposed', decided: 'Decided', pending: 'Not yet',
  quota: '"Excellent": {{used}} of {{allowed}} allowed (at most {{percent}}% of those rated at least good)',
  quotaOver: 'Beyond the quota of "excellent"',
  status: { open: 'Waiting for the self-review', self_done: 'Self-review written', proposed: 'Proposed by the cell', decided: 'Ranked' },
  filter: 'Filter', all: 'All', onlyCells: 'Cells and committees', onlyMembers: 'Members',
  facts: 'The year’s facts (from chibo’s records)', factsPeriod: 'From {{from}} to {{to}}',
  f: {
    meetings: 'Meetings attended: {{attended}} of {{held}}; absent with reason {{excused}}, without {{unexcused}}',
    cellMeetings: 'Meetings held: {{held}}; attendances {{attended}}; absent with reason {{excused}}, without {{unexcused}}',
    dues: 'Dues: {{months}} months, {{amount}} đ',
    tasks: 'Tasks: done {{done}}, overdue {{overdue}}, in progress {{open}}',
    trainings: 'Training: {{list}}', noTrainings: 'Training: none',
    inspections: 'Inspection and supervision: {{list}}', noInspections: 'Inspection and supervision: none',
    remedies: '{{n}} remedies not yet verified',
    quality: 'Meeting quality: Good {{tot}}, Fair {{kha}}, Average {{trung_binh}}, Poor {{kem}}',
  },
  warn: {
    quota_exceeded: 'Beyond the committee’s quota of "excellent".',
    tasks_overdue: 'Overdue tasks: "excellent" requires every task done on time.',
    remedies_open: 'Remedies after an inspection are not finished: "excellent" requires earlier shortcomings fixed.',
    absences_unexcused: 'Absent from a meeting without a reason.',
  },
  self: 'Self-review and self-ranking', selfText: 'The self-review (strengths, shortcomings, causes, remedies)',
  score: 'Points (0–100)', level: 'Level', saveSelf: 'Save the self-review',
  proposal: 'The cell’s comments and proposal', comments: 'The cell’s comments', quotaReason: 'Reason (when proposing "excellent" beyond the quota)', saveProposal: 'Send the proposal',
  decision: 'The committee’s decision', note: 'Note', saveDecision: 'Decide the level',
  selfLevel: 'Self-ranking: {{level}}', proposedLevel: 'Proposed by the cell: {{level}}', decidedLevel: 'Ranked by the committee: {{level}}',
  scoreOf: '{{score}}/100 points', reasonOf: 'Reason beyond the quota: {{reason}}', decidedBy: 'Decided by {{name}}, {{date}}',
  form: 'Review form', summaryDoc: 'Summary report',
  levels: labelsIn('en', REVIEW_LEVEL_LABELS),
  kinds: labelsIn('en', REVIEW_SUBJECT_LABELS),
};
export default reviewsEn;
