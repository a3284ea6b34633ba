import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable, Uuid, lit } from '../../schemas';
import { TRAINING_KINDS, TRAINING_STATUSES } from '../../../domain/year/training';

const Kind = lit(TRAINING_KINDS);
const Status = lit(TRAINING_STATUSES);
const Year = Type.Integer({ minimum: 1930, maximum: 2200 });
const Name = (min = 0) => Type.String({ minLength: min, maxLength: LIMITS.name });
const Short = Type.String({ maxLength: 100 });

export const CourseListQuery = Type.Object({ orgId: Uuid, year: Type.Optional(Year) });
export type CourseListQuery = Static<typeof CourseListQuery>;

export const CourseSummary = Type.Object({
  id: Uuid, orgId: Uuid, orgName: Type.String(), kind: Kind, title: Type.String(), organiser: Nullable(Type.String()),
  place: Nullable(Type.String()), startsOn: IsoDate, endsOn: IsoDate,
  counts: Type.Object({ total: Type.Integer(), attended: Type.Integer(), completed: Type.Integer(), absent: Type.Integer() }),
});
export type CourseSummary = Static<typeof CourseSummary>;
export const CourseList = Type.Object({ year: Type.Integer(), items: Type.Array(CourseSummary) });
export type CourseList = Static<typeof CourseList>;

export const Participant = Type.Object({
  personId: Uuid, name: Type.String(), orgId: Nullable(Uuid), orgName: Nullable(Type.String()),
  standing: Nullable(lit(['probationary', 'official'] as const)), status: Status, result: Nullable(Type.String()),
  certificateNo: Nullable(Type.String()), certificateDate: Nullable(IsoDate),
});
export const CourseDetail = Type.Intersect([CourseSummary, Type.Object({ participants: Type.Array(Participant) })]);
export type CourseDetail = Static<typeof CourseDetail>;

export const CreateCourseBody = Type.Object({
  orgId: Uuid, kind: Kind, title: Name(3), organiser: Type.Optional(Nullable(Name())), place: Type.Optional(Nullable(Name())),
  startsOn: IsoDate, endsOn: IsoDate,
  personIds: Type.Optional(Type.Array(Uuid, { maxItems: 500, description: 'members sent to the course (enrolled)' })),
});
export type CreateCourseBody = Static<typeof CreateCourseBody>;

const Outcome = {
  status: Status, result: Type.Optional(Nullable(Short)), certificateNo: Type.Optional(Nullable(Short)),
  certificateDate: Type.Optional(Nullable(IsoDate)),
};
export const ParticipantsBody = Type.Object({
  items: Type.Array(Type.Object({ personId: Uuid, ...Outcome }), { maxItems: 500, minItems: 1 }),
});
export type ParticipantsBody = Static<typeof ParticipantsBody>;

export const TrainingRecord = Type.Object({
  id: Uuid, courseId: Nullable(Uuid), kind: Kind, title: Type.String(), organiser: Nullable(Type.String()),
  from: Nullable(IsoDate), to: IsoDate, status: Status, result: Nullable(Type.String()), certificateNo: Nullable(Type.String()),
  certificateDate: Nullable(IsoDate),
});
export const OwedCourse = Type.Object({
  kind: lit(['new_member', 'resolution_study'] as const), reason: lit(['probation', 'missed_study'] as const), dueOn: Nullable(IsoDate),
});
export const MemberTraining = Type.Object({
  items: Type.Array(TrainingRecord, { description: 'courses and studies, newest first' }),
  owes: Type.Array(OwedCourse, { description: 'required courses the member has not completed' }),
});
export type MemberTraining = Static<typeof MemberTraining>;

export const OwnRecordBody = Type.Object({
  kind: Kind, title: Name(3), organiser: Type.Optional(Nullable(Name())), from: Type.Optional(Nullable(IsoDate)), to: IsoDate, ...Outcome,
});
export type OwnRecordBody = Static<typeof OwnRecordBody>;

export const OwingQuery = Type.Object({ orgId: Uuid, year: Type.Optional(Year) });
export type OwingQuery = Static<typeof OwingQuery>;
export const Owing = Type.Object({
  year: Type.Integer(),
  items: Type.Array(Type.Intersect([OwedCourse, Type.Object({
    personId: Uuid, name: Type.String(), orgId: Uuid, orgName: Type.String(), standing: lit(['probationary', 'official'] as const),
    admissionDate: Nullable(IsoDate),
  })])),
});
export type Owing = Static<typeof Owing>;
