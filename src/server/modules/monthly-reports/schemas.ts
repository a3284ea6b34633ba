import { Type } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable, Uuid } from '../../schemas';
import { Task } from '../tasks/schemas';

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', maxLength: 7, description: 'YYYY-MM' });
const State = Type.Union([Type.Literal('submitted'), Type.Literal('late'), Type.Literal('missing')]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('dropped')]);

export const MonthQuery = Type.Object({ month: Month });
export const MonthParams = Type.Object({ id: Uuid, month: Month });
export const FormQuery = Type.Object({ partnerId: Type.Optional(Uuid) });
export const MonthView = Type.Object({
  month: Month,
  dueDay: Nullable(Type.Integer({ description: 'the unit’s own due day of the month; null: two days before the cell’s meeting' })),
  items: Type.Array(Type.Object({
    unitId: Uuid, unitKind: Type.Union([Type.Literal('cell'), Type.Literal('partner')]), unitName: Type.String(), orgId: Uuid,
    orgName: Type.String(), state: State, dueOn: IsoDate, overdue: Type.Boolean({ description: 'missing and past its due day' }),
    submittedOn: Nullable(IsoDate), reportId: Nullable(Uuid), enteredBySecretary: Type.Boolean(),
  })),
  counts: Type.Object({ submitted: Type.Integer(), late: Type.Integer(), missing: Type.Integer() }),
});
export const ReportForm = Type.Object({
  unit: Type.Object({ kind: Type.String(), id: Uuid, name: Type.String(), orgId: Uuid, orgName: Type.String() }),
  month: Month,
  dueOn: IsoDate,
  tasks: Type.Array(Task),
  report: Nullable(Type.Object({
    id: Uuid, state: State, submittedOn: IsoDate, enteredBySecretary: Type.Boolean(), difficulties: Type.String(), proposals: Type.String(),
    items: Type.Array(Type.Object({ taskId: Uuid, result: Type.String(), status: Nullable(Status) })),
  })),
});
export const ReportBody = Type.Object({
  partnerId: Type.Optional(Nullable(Uuid)),
  difficulties: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  proposals: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  items: Type.Array(Type.Object({
    taskId: Uuid, result: Type.String({ maxLength: LIMITS.text }), status: Type.Optional(Status),
    dropReason: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  }), { maxItems: 200 }),
});
export const DueDayBody = Type.Object({ dueDay: Nullable(Type.Integer({ minimum: 1, maximum: 31 })) });
