// Wire shapes of the meetings API (TypeBox; OpenAPI is generated from them).
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, lit, Nullable, StrOf, TaskDue, Uuid } from '../../schemas';
import {
  MEETING_TYPES, RECORDED_STATUSES, VOTE_METHODS, type InviteeRole, type MeetingStatus, type MeetingType, type MemberStanding,
  type RecordedStatus, type VoteMethod,
} from '../../../domain/meetings/index';

export { lit };
export const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5, description: 'HH:mm, Vietnam time' });
export const MeetingTypeSchema = lit(MEETING_TYPES);
const N = Nullable(Type.String());
const Str = Type.String();
const Int = Type.Integer();

export const MeetingParams = Type.Object({ id: Uuid });
export const MeetingChildParams = (child: string) => Type.Object({ id: Uuid, [child]: Uuid });

export const ListItem = Type.Object({
  id: Nullable(Str, ), virtual: Type.Boolean({ description: 'true: generated from the unit’s rule, not yet planned (id is null)' }),
  orgId: Str, orgName: Str, type: StrOf<MeetingType>(), topic: N, date: Str, originalDate: N, startTime: Str, endTime: N, location: N,
  status: StrOf<MeetingStatus>(), moveReason: N, cancelReason: N,
  month: Type.String({ description: 'YYYY-MM: the month the meeting belongs to (its original date’s month when it was moved into another month)' }),
});
export const MeetingList = Type.Object({
  items: Type.Array(ListItem),
  quartersWithoutThematic: Type.Array(Type.Object({ orgId: Str, orgName: Str, year: Int, quarter: Int }), {
    description: 'Quarters in the range with no thematic meeting (HD 12-HD/BTCTW: at least one a quarter)',
  }),
});

const Person = Nullable(Type.Object({ personId: Str, fullName: N }));
export const Task = Type.Object({ content: Str, assignee: Str, due: Type.Optional(Str), done: Type.Optional(Type.Boolean()) });
export const AgendaItem = Type.Object({
  id: Str, position: Int, templateKey: N, title: Str, content: Str, conclusion: N,
  speeches: Type.Array(Type.Object({ id: Str, speakerPersonId: N, speakerName: Str, gist: Str })),
});
export const Invitation = Type.Object({
  id: Str, role: StrOf<InviteeRole>(), personId: N, partnerUnitId: N, name: Str, title: N, standing: Nullable(StrOf<MemberStanding>()), memberState: N,
  status: Nullable(StrOf<RecordedStatus>()), reason: N, method: N, recordedAt: N, duesPaid: Nullable(Int),
});
export const Vote = Type.Object({
  id: Str, agendaItemId: N, subject: Str, method: StrOf<VoteMethod>(),
  base: Type.Integer({ description: 'voting base from the roll call as it stands' }),
  eligible: Type.Integer({ description: 'official members present from the roll call as it stands' }),
  for: Int, against: Int, other: Int,
  passed: Type.Boolean({ description: 'computed from the roll call as it stands: for > base / 2' }),
  needed: Int,
  percent: Type.Number({ description: 'votes in favour as a percent of base, one decimal' }),
  isResolution: Type.Boolean({ description: 'the vote on the meeting’s resolution' }),
  exceedsEligible: Type.Boolean({ description: 'more votes than official members present: approval is refused until corrected' }),
});
const RESOLUTION_STATUSES = ['adopted', 'failed', 'none', 'not_voted'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export const MeetingDetail = Type.Object({
  id: Str, orgId: Str, orgName: Str, type: StrOf<MeetingType>(), topic: N, date: Str, originalDate: N, startTime: Str, endTime: N,
  durationMinutes: Nullable(Int),
  minimumMinutes: Type.Union([Int, Type.Null()], {
    description: 'the minimum duration in force for this kind of meeting (HD 42: 90, 120 combined; the committee may set less), in minutes; given once the end is recorded, null before or when the kind has none',
  }),
  location: N, status: StrOf<MeetingStatus>(),
  locked: Type.Boolean({ description: 'approved minutes: every change is refused until a correction is started' }),
  moveReason: N, cancelReason: N, correctionReason: N, chair: Person, recorder: Person, documents: Type.Array(Str),
  earlyReason: Type.Union([Str, Type.Null()], { description: 'why it was recorded before the meeting’s day' }),
  moves: Type.Array(Type.Object({
    fromDate: Str, toDate: Str, reason: Str, statusAtMove: Str, movedAt: Str, movedBy: N,
  }), { description: 'every move of the meeting with its reason, oldest first' }),
  resolution: Type.Object({
    title: N, results: Type.Array(Str), shortcomings: Type.Array(Str), tasks: Type.Array(Task), implementation: Type.Array(Str),
  }),
  preparation: Type.Object({
    contentPreparerId: N, resolutionPreparerId: N, committeeMeetingOn: N, contentAgreedAt: N, noticeSentAt: N, documentsReadyAt: N,
    note: N, deadline: Str,
    items: Type.Array(Type.Object({ key: Str, label: Str, done: Type.Boolean(), late: Type.Boolean() })),
    missing: Type.Array(Str),
  }),
  agenda: Type.Array(AgendaItem),
  invitations: Type.Array(Invitation),
  attendance: Type.Object({
    total: Int, official: Int, probationary: Int, exempt: Int,
    notSummoned: Type.Integer({ description: 'suspended, or attending temporarily in another cell: listed, not expected here' }),
    expected: Int, officialExpected: Int, present: Int,
    presentExpected: Type.Integer({ description: 'expected members present (late included): + absentExcused + absentUnexcused + notRecorded = expected' }),
    presentNotExpected: Type.Integer({ description: 'members not expected (exempt, …) who came' }),
    officialAbsentExcused: Type.Integer({ description: 'official members expected and absent with a reason (left out of the voting base)' }),
    presentOfficial: Int, presentProbationary: Int, late: Int, leftEarly: Int, absentExcused: Int, absentUnexcused: Int,
    notRecorded: Int,
    absentees: Type.Array(Type.Object({ memberId: Type.Optional(Str), name: Str, status: Str, reason: Type.Optional(Str) })),
    quorum: Type.Object({ num: Int, den: Int }), quorumRequired: Int,
    valid: Type.Boolean({ description: 'local quorum rule (a setting, default 2/3 of official non-exempt members)' }),
    votingBase: Type.Integer({ description: 'official members summoned who count for a resolution' }),
    eligibleVoters: Type.Integer({ description: 'official members present (probationary members do not vote)' }),
    votesNeeded: Type.Integer({ description: 'votes in favour a resolution needs: more than half of votingBase' }),
  }),
  votes: Type.Array(Vote),
  resolutionStatus: lit(RESOLUTION_STATUSES),
  noResolution: Type.Boolean({ description: 'the cell issues no resolution this month (explicit)' }),
  dues: Type.Union([Type.Object({ collected: Int, expected: Int, payers: Int }), Type.Null()], {
    description: 'the dues collected at the meeting; null for a reader who may not see members’ dues',
  }),
  score: Nullable(Type.Object({
    schemeId: Str, schemeVersion: Int, schemeName: Str, points: Type.Record(Str, Type.Number()), total: Type.Number(), level: Str,
    proposedAt: N, confirmedAt: N, confirmedBy: Type.Union([Str, Type.Null()], { description: 'who confirmed the score (full name)' }), comment: N,
    confirmReason: Type.Union([Str, Type.Null()], { description: 'why a leader confirmed in place of the committee member in charge (none attended)' }),
    maxPoints: Type.Number({ description: 'the scheme version’s total points' }),
  })),
  versions: Type.Array(Type.Object({ version: Int, approvedAt: N, approvedBy: N, correctionReason: N })),
  addenda: Type.Array(Type.Object({
    afterVersion: Int, kind: lit(['score_confirmation'] as const), createdAt: Str, createdBy: N,
    text: Type.String({ description: 'the addendum as the minutes word it (Vietnamese)' }),
  }), { description: 'added to the approved minutes after their approval (bổ sung), each with its time and author; the approved text is unchanged' }),
  numbers: Type.Object({ BB: Type.Optional(Int), NQ: Type.Optional(Int) }, { description: 'numbers in force' }),
  voidedNumbers: Type.Array(Type.Object({ docType: Str, seq: Int, voidedAt: N, reason: N }), {
    description: 'numbers once issued to this meeting and voided (never issued again)',
  }),
  warnings: Type.Array(Type.Object({
    code: Str, params: Type.Record(Str, Type.Union([Str, Type.Number()])),
  }), { description: 'rule warnings as code and parameters; clients word each code in their language (src/domain/meetings/rule-messages.ts)' }),
  can: Type.Object({ manage: Type.Boolean(), observe: Type.Boolean() }),
});

const Name = Type.String({ minLength: 1, maxLength: LIMITS.name });
const Text = Type.String({ maxLength: LIMITS.text });
const LongText = Type.String({ maxLength: 20_000 });

export const CreateBody = Type.Object({
  type: MeetingTypeSchema,
  date: Type.Optional(IsoDate),
  originalDate: Type.Optional({ ...IsoDate, description: 'for a regular meeting: the rule’s date of the month it belongs to' }),
  startTime: Type.Optional(Time),
  location: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.name }))),
  topic: Type.Optional(Nullable(Text)),
  reason: Type.Optional(Nullable(Text)),
});

export const UpdateBody = Type.Object({
  type: Type.Optional(MeetingTypeSchema),
  topic: Type.Optional(Nullable(Text)),
  date: Type.Optional(IsoDate),
  startTime: Type.Optional(Time),
  endTime: Type.Optional(Nullable(Time)),
  location: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.name }))),
  chairId: Type.Optional(Nullable(Uuid)),
  recorderId: Type.Optional(Nullable(Uuid)),
  documents: Type.Optional(Type.Array(Text, { maxItems: 50 })),
  status: Type.Optional(lit(['held', 'cancelled'] as const)),
  reason: Type.Optional(Nullable({ ...Text, description: 'required to move (a new date) or cancel a meeting' })),
  earlyReason: Type.Optional(Nullable({
    ...Text, description: 'why the roll call, minutes or approval are recorded before the meeting’s day (refused without one)',
  })),
});

export const RuleBody = Type.Object({
  dayOfMonth: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 31 }))),
  time: Type.Optional(Nullable(Time)),
  // Local rule, e.g. 2/3 or 1/2 (Điều lệ Đảng: more than half at least); bounded so a typo cannot break planning.
  quorum: Type.Optional(Nullable(Type.Object({ num: Type.Integer({ minimum: 1, maximum: 100 }), den: Type.Integer({ minimum: 1, maximum: 100 }) }))),
  // Document settings (TEMPLATES.md: not confirmed nationally, so settings): the number suffix, who signs on behalf.
  docSuffix: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 12, pattern: '^[A-ZĐ0-9-]+$' }))),
  signOnBehalf: Type.Optional(Nullable(Type.Union([Type.Literal('T/M CHI BỘ'), Type.Literal('T/M CHI ỦY')]))),
  numberingBy: Type.Optional(Nullable(Type.Union([Type.Literal('year'), Type.Literal('term')]))),
  termStart: Type.Optional(Nullable(IsoDate)),
  minDuration: Type.Optional(Nullable(Type.Object({
    regular: Type.Optional(Type.Integer({ minimum: 15, maximum: 480 })),
    combined: Type.Optional(Type.Integer({ minimum: 15, maximum: 480 })),
  }, { description: 'minimum duration in minutes (HD 42: 90, 120 combined); the committee may set less for small cells; inherited' }))),
  duesArea: Type.Optional(Nullable(lit(['city_inner', 'provincial_urban', 'other', 'mountainous'] as const))),
  duesRates: Type.Optional(Nullable(Type.Object({
    salariedPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
    pensionerPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
    fixedByArea: Type.Optional(Type.Object({
      city_inner: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      provincial_urban: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      other: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      mountainous: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    })),
    outsideWorkingAgeFactor: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  }, { description: 'party dues rates (QĐ 342-QĐ/TW defaults: 1% of salary, 0.5% of pension, fixed amounts by area, 50% outside working age); inherited' }))),
});
export const RuleResponse = Type.Object({
  orgId: Str, dayOfMonth: Int, time: Str, inheritedFrom: Type.Object({ dayOfMonth: N, time: N }),
  own: Type.Object({ dayOfMonth: Nullable(Int), time: N }), quorum: Type.Object({ num: Int, den: Int }), nextDate: N,
  documents: Type.Object({ docSuffix: Str, signOnBehalf: Str, numberingBy: Str, termStart: N }),
  minDuration: Type.Object({ regular: Int, combined: Int }, { description: 'minimum duration in force (inherited), minutes' }),
  dues: Type.Object({
    area: Str,
    rates: Type.Object({
      salariedPercent: Type.Number(), pensionerPercent: Type.Number(), fixedByArea: Type.Record(Str, Int), outsideWorkingAgeFactor: Type.Number(),
    }),
  }, { description: 'party dues area and rates in force (inherited)' }),
});

export const PreparationBody = Type.Object({
  contentPreparerId: Type.Optional(Nullable(Uuid)),
  resolutionPreparerId: Type.Optional(Nullable(Uuid)),
  committeeMeetingOn: Type.Optional(Nullable(IsoDate)),
  contentAgreed: Type.Optional(Type.Boolean()),
  noticeSent: Type.Optional(Type.Boolean()),
  documentsReady: Type.Optional(Type.Boolean()),
  note: Type.Optional(Nullable(Text)),
});

const Position = Type.Integer({ minimum: 0, maximum: 1000 });
export const AgendaBody = Type.Object({ title: Name, content: Type.Optional(LongText), position: Type.Optional(Position) });
export const AgendaPatch = Type.Object({
  title: Type.Optional(Name), content: Type.Optional(LongText), conclusion: Type.Optional(Nullable(LongText)), position: Type.Optional(Position),
});

export const GuestBody = Type.Object({
  personId: Type.Optional(Uuid), partnerContactId: Type.Optional(Uuid), partnerUnitId: Type.Optional(Uuid),
  name: Type.Optional(Type.String({ maxLength: LIMITS.name })), title: Type.Optional(Type.String({ maxLength: LIMITS.name })),
});

export const AttendanceBody = Type.Object({
  status: lit(RECORDED_STATUSES),
  reason: Type.Optional(Nullable(Text)),
});

export const SpeechBody = Type.Object({
  agendaItemId: Uuid, speakerPersonId: Type.Optional(Nullable(Uuid)), speakerName: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.name }))),
  gist: Type.String({ minLength: 1, maxLength: 10_000 }),
});
export const SpeechPatch = Type.Partial(SpeechBody);

const Count = Type.Integer({ minimum: 0, maximum: 100_000 });
export const VoteBody = Type.Object({
  subject: Type.String({ minLength: 1, maxLength: LIMITS.text }),
  method: lit(VOTE_METHODS),
  for: Count, against: Count, other: Count,
  agendaItemId: Type.Optional(Nullable(Uuid)),
  isResolution: Type.Optional(Type.Boolean({ description: 'the vote on the meeting’s resolution (adopts it when it passes)' })),
});

export const DuesBody = Type.Object({
  amountPaid: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  expected: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000 }))),
  note: Type.Optional(Nullable(Text)),
  unpaidReason: Type.Optional(Nullable(Type.String({ maxLength: 500, description: 'why the member did not pay (or paid less) this month' }))),
  reasonAccepted: Type.Optional(Type.Boolean({
    description: 'the cell accepts the reason as valid: the month is not owed and does not count towards removal (needs unpaidReason)',
  })),
});
export const DuesList = Type.Object({
  month: Str, area: Str,
  items: Type.Array(Type.Object({
    personId: Str, name: Str, category: Str, suggested: Nullable(Int), paid: Nullable(Int), expected: Nullable(Int), note: N,
    unpaidReason: N, reasonAccepted: Type.Boolean(),
    arrears: Type.Integer({ description: 'unpaid dues carried over from the cell’s earlier regular meetings, đồng' }),
    unpaidMonths: Type.Array(Int, { description: 'months of this year left unpaid (nothing, or less than expected)' }),
    level: lit(['ok', 'warning', 'flag'] as const),
  })),
});

export const ScoreBody = Type.Object({
  points: Type.Record(Type.String({ maxLength: 60 }), Type.Number({ minimum: 0, maximum: 1000 }), { maxProperties: 200 }),
  schemeId: Type.Optional(Type.String({ maxLength: 100 })),
  comment: Type.Optional(Nullable(Text)),
});
export const ConfirmBody = Type.Object({
  comment: Type.Optional(Nullable(Text)),
  reason: Type.Optional(Nullable(Type.String({
    maxLength: LIMITS.text, description: 'a leader confirming in place of the committee member in charge (none attended) says why',
  }))),
});
export const CorrectionBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: LIMITS.text }) });
export const VoidParams = Type.Object({ id: Uuid, docType: lit(['BB', 'NQ'] as const) });
export const VoidBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: LIMITS.text }) });
export const ResolutionBody = Type.Object({
  title: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  results: Type.Optional(Type.Array(Text, { maxItems: 100 })),
  shortcomings: Type.Optional(Type.Array(Text, { maxItems: 100 })),
  tasks: Type.Optional(Type.Array(Type.Object({
    content: Text, assignee: Type.String({ maxLength: LIMITS.name }), due: Type.Optional(TaskDue),
    done: Type.Optional(Type.Boolean()),
  }), { maxItems: 100 })),
  implementation: Type.Optional(Type.Array(Text, { maxItems: 100 })),
  noResolution: Type.Optional(Type.Boolean({ description: 'no resolution this month: the minutes say so, no NQ number is taken' })),
});
export const DocQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) });

const Criterion = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 60 }), label: Type.String({ minLength: 1, maxLength: 500 }),
  maxPoints: Type.Number({ minimum: 0.01, maximum: 1000, description: 'more than 0' }), fullMarksForTop: Type.Optional(Type.Boolean()),
});
export const SchemeBody = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,60}$', maxLength: 61 }), name: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  maxPoints: Type.Number({ minimum: 0.01, maximum: 1000, description: 'more than 0' }), meetingTypes: Type.Array(MeetingTypeSchema, { minItems: 1, maxItems: 10 }),
  source: Type.String({ maxLength: LIMITS.text }),
  groups: Type.Array(Type.Object({
    key: Type.String({ minLength: 1, maxLength: 60 }), label: Type.String({ minLength: 1, maxLength: 500 }),
    maxPoints: Type.Number({ minimum: 0.01, maximum: 1000, description: 'more than 0' }), criteria: Type.Array(Criterion, { maxItems: 50 }),
  }), { maxItems: 20 }),
  bands: Type.Array(Type.Object({
    level: lit(['tot', 'kha', 'trung_binh', 'kem'] as const), label: Type.String({ minLength: 1, maxLength: 50 }), min: Type.Number({ minimum: 0, maximum: 1000 }),
  }), { minItems: 1, maxItems: 10 }),
});

export const UnitSchemeBody = Type.Object({
  ...SchemeBody.properties,
  note: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text, description: 'why this version was written' }))),
});
const ChoiceId = Type.Optional(Nullable(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,60}$', maxLength: 61 })));
export const SchemeChoiceBody = Type.Object({ regular: ChoiceId, thematic: ChoiceId, combined: ChoiceId, expanded: ChoiceId });
const SchemeVersion = Type.Object({ version: Int, createdAt: Str, createdBy: N, note: N, name: Str });
export const UnitSchemes = Type.Object({
  orgId: Str, orgKind: Str, canEdit: Type.Boolean({ description: 'the commune office edits; cells see' }),
  choice: Type.Record(Str, Type.Object({ schemeId: N, fromOrgId: N, fromOrgName: N }), {
    description: 'per meeting type: the scheme used, and the unit whose choice it is (null: built in)',
  }),
  schemes: Type.Array(Type.Intersect([
    Type.Object({}, { additionalProperties: true }),
    Type.Object({ id: Str, version: Int, name: Str, orgId: N, orgName: N, own: Type.Boolean(), versions: Type.Array(SchemeVersion) }),
  ])),
});
export type UnitSchemes = Static<typeof UnitSchemes>;

/** A member's attendance at held meetings and the absence rule (Party Charter: 2 months a warning, 3 considered for removal). */
export const AttendanceHistory = Type.Object({
  personId: Type.String(), year: Type.Integer(),
  absence: Type.Object({
    year: Type.Integer(), months: Type.Array(Type.Integer()), count: Type.Integer(), level: StrOf<'ok' | 'warning' | 'flag'>(),
  }, { description: 'the absence rule: clients word absence_<level> with these parameters' }),
  excusedStreak: Type.Object({ longest: Type.Integer(), tooLong: Type.Boolean() }),
  items: Type.Array(Type.Object({
    meetingId: Type.String(), date: Type.String(), originalDate: Nullable(Type.String()), type: StrOf<MeetingType>(), orgName: Type.String(),
    exempt: Type.Boolean(), status: Type.String(), reason: Nullable(Type.String()),
  })),
});
export const Feed = Type.Object({ id: Type.String(), kind: StrOf<'person' | 'org'>(), subjectId: Type.String(), createdAt: Type.String() });
export const MyMeeting = Type.Intersect([ListItem, Type.Object({ role: Nullable(Type.String()) })]);
export const MyMeetings = Type.Array(MyMeeting);
export const Feeds = Type.Array(Feed);
export const FeedFileParams = Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}\\.ics$', maxLength: 68 }) });
export const ListQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export const RangeQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export const YearQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1930, maximum: 2200 })) });
/** Scoring schemes are data (src/domain/meetings/scoring.ts validates them); the wire leaves them open. */
export const SchemeRecord = Type.Object({}, { additionalProperties: true });
export const SchemeList = Type.Array(SchemeRecord);
export const FeedBody = Type.Object({
  kind: Type.Union([Type.Literal('person'), Type.Literal('org')]), orgId: Type.Optional(Type.String({ format: 'uuid' })),
});
export const FeedCreated = Type.Object({ id: Type.String(), kind: Type.String(), subjectId: Type.String(), token: Type.String(), path: Type.String() });
export const CheckinToken = Type.Object({
  token: Type.String(), path: Type.String({ description: 'web page that checks the caller in' }),
  url: Type.String(), svg: Type.String({ description: 'the QR code of url, as SVG' }),
});
export const CheckinBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });
export const CheckinResult = Type.Object({ meetingId: Type.String(), name: Type.String(), status: Type.String() });

export type ListItem = Static<typeof ListItem>;
export type MeetingList = Static<typeof MeetingList>;
export type MeetingDetail = Static<typeof MeetingDetail>;
export type AgendaItem = Static<typeof AgendaItem>;
export type Invitation = Static<typeof Invitation>;
export type Vote = Static<typeof Vote>;
export type Task = Static<typeof Task>;
export type DuesList = Static<typeof DuesList>;
export const DuesWarningQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) });
export type DuesWarningQuery = Static<typeof DuesWarningQuery>;
export const DuesWarningList = Type.Object({
  year: Int,
  items: Type.Array(Type.Object({
    personId: Str, name: Str, orgId: Str, orgName: Str,
    arrears: Type.Integer({ description: 'dues of the year left unpaid without a valid reason, đồng' }),
    unpaidMonths: Type.Array(Int, { description: 'months of the year unpaid without a valid reason (the ones that count)' }),
    level: lit(['warning', 'flag'] as const),
  })),
}, { description: 'members under warning (2 months) or flag (3 or more) for dues unpaid in the year without a valid reason, flagged first' });
export type DuesWarningList = Static<typeof DuesWarningList>;
export type RuleResponse = Static<typeof RuleResponse>;
export type AttendanceHistory = Static<typeof AttendanceHistory>;
export type Feed = Static<typeof Feed>;
export type MyMeeting = Static<typeof MyMeeting>;
export type FeedBody = Static<typeof FeedBody>;
export type FeedCreated = Static<typeof FeedCreated>;
export type CheckinToken = Static<typeof CheckinToken>;
export type CheckinBody = Static<typeof CheckinBody>;
export type CheckinResult = Static<typeof CheckinResult>;
export type SpeechPatch = Static<typeof SpeechPatch>;
export type ConfirmBody = Static<typeof ConfirmBody>;
export type CorrectionBody = Static<typeof CorrectionBody>;
export type VoidBody = Static<typeof VoidBody>;
export type CreateBody = Static<typeof CreateBody>;
export type UpdateBody = Static<typeof UpdateBody>;
export type RuleBody = Static<typeof RuleBody>;
export type PreparationBody = Static<typeof PreparationBody>;
export type AgendaBody = Static<typeof AgendaBody>;
export type AgendaPatch = Static<typeof AgendaPatch>;
export type GuestBody = Static<typeof GuestBody>;
export type AttendanceBody = Static<typeof AttendanceBody>;
export type SpeechBody = Static<typeof SpeechBody>;
export type VoteBody = Static<typeof VoteBody>;
export type DuesBody = Static<typeof DuesBody>;
export type ScoreBody = Static<typeof ScoreBody>;
export type ResolutionBody = Static<typeof ResolutionBody>;
