import type { FieldMessages } from './field.vi';

const field: FieldMessages = {
  roll: {
    allPresent: 'Everyone present',
    allPresentHint: 'Marks the {{count}} people not yet marked as present; then choose only who is absent, late or left early.',
    allPresentDone: 'Marked {{count}} people present.',
  },
  danger: {
    title: 'Void a document number',
    hint: 'Only when an issued number is wrong. A voided number is never reused; the voiding is logged with its reason.',
  },
  notice: {
    share: 'Share (Zalo, SMS)',
    print: 'Print the notice (PDF)',
    recorded: 'The notice is recorded as sent.',
  },
  paper: { signin: 'Print the sign-in sheet (PDF)' },
  minutes: { addVote: 'Add a vote', next: 'Next item' },
  saved: 'Saved',
};
export default field;
