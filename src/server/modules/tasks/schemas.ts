import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable, Uuid } from '../../schemas';
import { OWNER_KINDS, TASK_STATUSES } from '../../../domain/followup/tasks';

/** A union of string literals whose static type is the union of the values. */
const lit = <T extends readonly string[]>(xs: T) =>
  Type.Union(xs.map((x) => Type.Literal(x))) as unknown as TUnion<{ [K in keyof T]: TLiteral<T[K]> }[number][]>;
const StoredStatus = lit(['open', 'in_progress', 'done', 'dropped'] as const);
export const TaskStatusSchema = lit(TASK_STATUSES);
export const OwnerKindSchema = lit(OWNER_KINDS);
const Due = Type.Union([IsoDate, Type.Literal('regular')], { description: 'a date, or "regular" (thường xuyên)' });

export const Task = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: TaskStatusSchema,
  due: Due,
  owner: Type.Object({
    kind: OwnerKindSchema,
    id: Uuid,
    name: Type.String(),
    orgId: Uuid,
    orgName: Type.String(),
    label: Nullable(Type.String({ description: 'the words of the resolution, when the task came from one' })),
  }),
  giver: Type.Object({
    orgId: Uuid, orgName: Type.String(), kind: Type.String(), meetingId: Nullable(Uuid), meetingDate: Nullable(IsoDate),
  }),
  dropReason: Nullable(Type.String()),
  doneOn: Nullable(IsoDate),
  lastNote: Nullable(Type.Object({ on: IsoDate, body: Type.String() })),
  updatedAt: Type.String(),
  remedyOf: Nullable(Type.Object({
    itemId: Uuid,
    kind: Type.Union([Type.Literal('inspection'), Type.Literal('supervision')]),
    remedyStatus: Type.Union([Type.Literal('open'), Type.Literal('reported'), Type.Literal('verified')]),
  }, { description: 'the inspection or supervision item whose conclusion required this task as a remedy (QĐ 296-QĐ/TW)' })),
});
export const Note = Type.Object({
  id: Uuid, on: IsoDate, body: Type.String(), status: Nullable(StoredStatus), meetingId: Nullable(Uuid), meetingDate: Nullable(IsoDate),
  author: Nullable(Type.String()),
});
export const TaskDetail = Type.Intersect([Task, Type.Object({ notes: Type.Array(Note), canEdit: Type.Boolean() })]);
export const TaskList = Type.Object({ items: Type.Array(Task), total: Type.Integer() });

export const ListQuery = Type.Object({
  orgId: Uuid,
  status: Type.Optional(TaskStatusSchema),
  ownerKind: Type.Optional(OwnerKindSchema),
  ownerId: Type.Optional(Uuid),
  dueMonth: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$', maxLength: 7, description: 'YYYY-MM' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});
const Title = Type.String({ minLength: 3, maxLength: LIMITS.text });
export const CreateBody = Type.Object({
  title: Title,
  owner: Type.Object({ kind: OwnerKindSchema, id: Uuid }),
  due: Due,
});
export const UpdateBody = Type.Object({
  title: Type.Optional(Title),
  owner: Type.Optional(Type.Object({ kind: OwnerKindSchema, id: Uuid })),
  due: Type.Optional(Due),
});
export const NoteBody = Type.Object({
  body: Type.String({ maxLength: LIMITS.text }),
  status: Type.Optional(StoredStatus),
  dropReason: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  on: Type.Optional(IsoDate),
});
export const ReviewItem = Type.Object({
  task: Task,
  note: Nullable(Type.String({ description: 'what the cell said about it at this meeting, if recorded' })),
});
export const Review = Type.Object({ since: Nullable(IsoDate), items: Type.Array(ReviewItem) });
export const ReviewBody = Type.Object({
  items: Type.Array(Type.Object({
    taskId: Uuid, body: Type.String({ maxLength: LIMITS.text }), status: Type.Optional(StoredStatus),
    dropReason: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  }), { maxItems: 200 }),
});
export const Owners = Type.Array(Type.Object({ kind: OwnerKindSchema, id: Uuid, name: Type.String(), orgName: Type.String() }));
