import { Type, type Static } from '@sinclair/typebox';
import { LIMITS, Nullable } from '../../schemas';

const Str = Type.String();
const N = Nullable(Type.String());
const Count = Type.Integer({ minimum: 0, maximum: 1000 });

export const PlanParams = Type.Object({ id: Type.String({ format: 'uuid' }), year: Type.Integer({ minimum: 1930, maximum: 2200 }) });
export type PlanParams = Static<typeof PlanParams>;

export const MonthFocus = Type.Object({ month: Type.Integer({ minimum: 1, maximum: 12 }), focus: Type.String({ maxLength: LIMITS.text }) });
export const QuarterTopic = Type.Object({
  quarter: Type.Integer({ minimum: 1, maximum: 4 }),
  thematicTopic: Type.String({ maxLength: LIMITS.text }),
  month: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 12, description: 'the month of the quarter planned for the thematic meeting' }))),
});
export const Targets = Type.Object({
  attendanceRate: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100, description: 'attendance of summoned members, %' }))),
  regularMeetings: Type.Optional(Nullable(Count)),
  thematicMeetings: Type.Optional(Nullable(Count)),
  newMembers: Type.Optional(Nullable(Count)),
  other: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text }))),
});
export type Targets = Static<typeof Targets>;

export const PlanBody = Type.Object({
  months: Type.Array(MonthFocus, { maxItems: 12 }),
  quarters: Type.Array(QuarterTopic, { maxItems: 4 }),
  targets: Targets,
});
export type PlanBody = Static<typeof PlanBody>;
export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: LIMITS.text }) });
export type ReasonBody = Static<typeof ReasonBody>;
export const NoteBody = Type.Object({ note: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text }))) });
export type NoteBody = Static<typeof NoteBody>;

const Meeting = Type.Object({ meetingId: Str, date: Str, type: Str, status: Str, topic: N });
export const Plan = Type.Object({
  orgId: Str, orgName: Str, year: Type.Integer(),
  exists: Type.Boolean({ description: 'false: no plan yet (an empty draft is shown)' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('approved')]),
  months: Type.Array(Type.Object({ month: Type.Integer(), focus: Str, meetings: Type.Array(Meeting) })),
  quarters: Type.Array(Type.Object({
    quarter: Type.Integer(), thematicTopic: Str, month: Nullable(Type.Integer()),
    thematicHeld: Type.Array(Meeting, { description: 'thematic (or combined) meetings of the quarter, held or planned' }),
    proposedDate: N,
  })),
  targets: Targets,
  progress: Type.Object({
    asOf: Str,
    regularMeetings: Type.Integer(), thematicMeetings: Type.Integer(), newMembers: Type.Integer(),
    attendanceRate: Nullable(Type.Number()),
  }),
  submittedAt: N, approvedAt: N, approvedBy: N, approvalNote: N, reopenedAt: N, reopenReason: N,
});
export type Plan = Static<typeof Plan>;

export const PlanListQuery = Type.Object({
  orgId: Type.String({ format: 'uuid' }), year: Type.Optional(Type.Integer({ minimum: 1930, maximum: 2200 })),
});
export type PlanListQuery = Static<typeof PlanListQuery>;
export const PlanList = Type.Object({
  year: Type.Integer(),
  items: Type.Array(Type.Object({
    orgId: Str, orgName: Str, status: Type.Union([Type.Literal('none'), Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('approved')]),
    thematicTopics: Type.Integer(), approvedAt: N,
  })),
});
export type PlanList = Static<typeof PlanList>;
