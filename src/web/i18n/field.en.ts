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
  offline: {
    title: 'Offline.',
    text: 'Showing what was kept on this device. Roll call, dues, minutes, votes and the score can still be recorded: changes are kept on the device and sent when the connection is back.',
  },
  sync: {
    pending_one: '{{count}} change waiting to be sent to the server.',
    pending_other: '{{count}} changes waiting to be sent to the server.',
    now: 'Send now',
    logoutConfirm: '{{count}} changes on this device are not on the server yet. Signing out now loses them. Sign out anyway?',
    approveOnline: 'Approving the minutes needs a connection: once it is back, the changes on this device are sent first.',
    approveAfterSync: 'Changes on this device are not sent yet or need a decision: approve once they are sent.',
    whenOnline: 'They will be sent when the connection is back.',
    problemsTitle_one: '{{count}} change needs your decision',
    problemsTitle_other: '{{count}} changes need your decision',
    conflictText: 'While this device was offline, this record was changed elsewhere. Both versions are kept until you choose.',
    failedText: 'The server did not accept this change:',
    mine: 'On this device',
    server: 'On the server',
    keepMine: 'Keep this device’s version',
    keepServer: 'Keep the server’s version',
    retry: 'Send again',
    discard: 'Drop this change',
    kind: {
      attendance: 'Roll call', allPresent: 'Everyone present', dues: 'Party dues', agenda: 'Agenda item', speech: 'Speech',
      vote: 'Vote', score: 'Score', meeting: 'Times, chair, recorder',
    },
    field: {
      content: 'Content', conclusion: 'Conclusion', title: 'Title', startTime: 'Start', endTime: 'End', chairId: 'Chair',
      recorderId: 'Recorder', earlyReason: 'Reason for meeting early',
    },
  },
  dues: {
    allPaid: 'Everyone paid in full',
    allPaidHint: 'Records the full amount for the {{count}} members not yet recorded; then correct only those who paid less or pay by income.',
    allPaidDone: 'Recorded full payment for {{count}} members.',
  },
  member: {
    mine: 'My attendance',
    summoned: 'You are summoned to this meeting.',
    exempt: 'You are exempt from meetings: you need not come, and are welcome.',
    listed: 'You are on the list of those summoned.',
    notListed: 'You are not on the list of those summoned to this meeting.',
    notRecorded: 'Not recorded in the roll call.',
    status: 'Roll call: {{status}}.',
    dues: 'Party dues paid at the meeting: {{amount}}.',
    checkinHint: 'When you arrive, scan the cell’s QR code to check yourself in.',
    noNotice: 'The cell committee has not sent the notice of this meeting yet.',
    docs: 'Documents to read beforehand',
    conclusion: 'Conclusion: {{text}}',
  },
  saved: 'Saved',
};
export default field;
