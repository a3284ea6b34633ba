// Wire shapes of the dashboards: a unit's month, its trends, and a member's own home.
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
export const Month = Type.String({ pattern: MONTH_PATTERN, maxLength: 7, description: 'YYYY-MM' });
const Level = Type.Union([Type.Literal('ok'), Type.Literal('warning'), Type.Literal('flag')]);
const Quality = Type.Object({
  tot: Type.Integer(), kha: Type.Integer(), trung_binh: Type.Integer(), kem: Type.Integer(), unscored: Type.Integer(),
});

export const DashboardQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }), month: Type.Optional(Month) });
export type DashboardQuery = Static<typeof DashboardQuery>;

export const Dashboard = Type.Object({
  orgId: Type.String(), orgName: Type.String(), orgKind: Type.String(), month: Type.String(), today: Type.String(),
  cells: Type.Array(Type.Object({
    orgId: Type.String(), orgName: Type.String(), parentId: Nullable(Type.String()),
    meetingState: Type.Union([Type.Literal('approved'), Type.Literal('held'), Type.Literal('planned'), Type.Literal('late'), Type.Literal('missing')], {
      description: 'approved: minutes approved; held: held, minutes not yet approved; planned: date still ahead; late: the date has passed this month without the meeting; missing: the month ended without it (or it was cancelled)',
    }),
    meetingId: Nullable(Type.String()), date: Nullable(Type.String()), plannedDate: Type.String(),
    attendanceRate: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'members expected who attended / members expected; null when no meeting was held' })),
    expected: Nullable(Type.Integer()), attended: Nullable(Type.Integer()), absentUnexcused: Nullable(Type.Integer()),
    qualityLevel: Nullable(Type.Union([Type.Literal('tot'), Type.Literal('kha'), Type.Literal('trung_binh'), Type.Literal('kem')])), scoreConfirmed: Type.Boolean(),
    committeePresent: Nullable(Type.Boolean({ description: 'a committee member in charge attended (null: no meeting held)' })),
    thematicCovered: Type.Boolean({ description: 'the quarter of the month has a thematic meeting (HD 12-HD/BTCTW)' }),
    thematicHeld: Type.Integer(),
    members: Type.Integer(),
    absenceWarnings: Type.Integer({ description: 'members of the cell absent without reason 2 months or more of the year so far (warning or flag)' }),
    absenceFlags: Type.Integer({ description: 'of those, 3 months or more (flag: considered for removal)' }),
    duesWarnings: Type.Integer({ description: 'members of the cell with 2 months or more of the year so far unpaid without a valid reason (warning or flag)' }),
    duesFlags: Type.Integer({ description: 'of those, 3 months or more' }),
    membersToRemind: Type.Integer({ description: 'members of the cell under the absence or the dues rule (warning or flag), each counted once: the people of GET /api/dashboard/members for the cell' }),
    tasksOpen: Type.Integer({ description: 'tasks owned in the cell, open or in progress, today' }),
    tasksOverdue: Type.Integer({ description: 'of those, past their due date' }),
    reportsExpected: Nullable(Type.Integer({ description: 'monthly reports due from the cell and its partner units (null for a month not begun)' })),
    reportsOverdue: Nullable(Type.Integer({ description: 'of those, past their due day and not in' })),
    duesPaid: Type.Number({ description: 'dues collected at the cell’s held meetings of the month (VND)' }),
    disseminationDue: Type.Integer({ description: 'documents the cell is to disseminate by the end of the month (due this month, or earlier and not done before it)' }),
    disseminationDone: Type.Integer({ description: 'of those, disseminated at a meeting' }),
    disseminationOverdue: Type.Integer({ description: 'of those not done, past their date' }),
    remediesOpen: Type.Integer({ description: 'remedies of inspections and supervisions of the cell not yet verified (open or reported done)' }),
    remediesOverdue: Type.Integer({ description: 'of those, still open after their deadline' }),
  })),
  totals: Type.Object({
    cells: Type.Integer(), held: Type.Integer({ description: 'held, approved or not' }), approved: Type.Integer(),
    awaitingApproval: Type.Integer(), planned: Type.Integer(), late: Type.Integer(), missing: Type.Integer(),
    attendanceRate: Nullable(Type.Number({ minimum: 0, maximum: 1 })), expected: Type.Integer(), attended: Type.Integer(),
    quality: Quality, thematicQuarter: Nullable(Type.String()), thematicCovered: Type.Integer(), committeePresent: Type.Integer(),
    absenceWarning: Type.Integer(), absenceFlag: Type.Integer(), duesWarning: Type.Integer(), duesFlag: Type.Integer(),
    membersToRemind: Type.Integer({ description: 'members under the absence or the dues rule, each counted once' }),
    members: Type.Integer(), tasksOpen: Type.Integer(), tasksOverdue: Type.Integer(),
    reportsExpected: Type.Integer(), reportsSubmitted: Type.Integer(), reportsOverdue: Type.Integer(),
    duesPaid: Type.Number(), disseminationDocuments: Type.Integer(), disseminationDue: Type.Integer(), disseminationDone: Type.Integer(),
    disseminationOverdue: Type.Integer(), disseminationCellsDue: Type.Integer(), disseminationCellsComplete: Type.Integer(),
    remediesOpen: Type.Integer(), remediesReported: Type.Integer(), remediesOverdue: Type.Integer(),
  }),
  documents: Type.Array(Type.Object({
    documentId: Type.String(), number: Type.String(), subject: Type.String(), disseminateBy: Type.String(),
    cells: Type.Integer({ description: 'target cells of the unit' }), done: Type.Integer({ description: 'of those, disseminated at a meeting' }),
  }), { description: 'documents to disseminate by the end of the month, the documents behind the dissemination figures' }),
});
export type Dashboard = Static<typeof Dashboard>;

export const RulesMembersQuery = Type.Object({
  orgId: Type.String({ format: 'uuid', description: 'a cell for the members of one cell, or any unit' }),
  month: Type.Optional(Month),
  topic: Type.Optional(Type.Union([Type.Literal('absence'), Type.Literal('dues'), Type.Literal('all')], { default: 'all' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type RulesMembersQuery = Static<typeof RulesMembersQuery>;

const RuleMember = Type.Object({
  personId: Type.String(), fullName: Type.String(), orgId: Type.String(), orgName: Type.String(),
  absence: Type.Object({ level: Level, months: Type.Array(Type.Integer()) }),
  dues: Type.Object({ level: Level, months: Type.Array(Type.Integer()) }),
});
export const RulesMembers = Type.Object({
  orgId: Type.String(), orgName: Type.String(), month: Type.String(), topic: Type.String(),
  offset: Type.Integer(), limit: Type.Integer(),
  total: Type.Integer({ description: 'members under the chosen rule (warning or flag) in the unit’s active cells' }),
  items: Type.Array(RuleMember, { description: 'one page, by cell then name; the months of the year up to the month that count' }),
});
export type RulesMembers = Static<typeof RulesMembers>;

export const TrendQuery = Type.Object({
  orgId: Type.String({ format: 'uuid' }),
  months: Type.Optional(Type.Union([Type.Literal(12), Type.Literal(36)], { default: 12 })),
  to: Type.Optional(Month),
});
export type TrendQuery = Static<typeof TrendQuery>;

const Point = Type.Object({
  month: Type.String(), attendanceRate: Nullable(Type.Number()), expected: Type.Integer(), attended: Type.Integer(),
  held: Type.Integer(), regularity: Nullable(Type.Number({ description: 'cells that held their regular meeting / active cells' })), quality: Quality,
});
export const Trends = Type.Object({
  orgId: Type.String(), orgName: Type.String(), months: Type.Integer(), from: Type.String(), to: Type.String(),
  series: Type.Array(Point),
  children: Type.Array(Type.Object({ orgId: Type.String(), orgName: Type.String(), kind: Type.String(), series: Type.Array(Point) })),
});
export type Trends = Static<typeof Trends>;

export const MemberHome = Type.Object({
  next: Nullable(Type.Object({
    id: Nullable(Type.String()), virtual: Type.Boolean(), orgId: Type.String(), orgName: Type.String(), type: Type.String(),
    topic: Nullable(Type.String()), date: Type.String(), startTime: Type.String(), location: Nullable(Type.String()),
    status: Type.String(), documents: Type.Array(Type.String()),
  })),
  attendance: Nullable(Type.Object({
    year: Type.Integer(), attended: Type.Integer(), meetings: Type.Integer(), rate: Nullable(Type.Number()),
    absence: Type.Object({ level: Level, months: Type.Array(Type.Integer()), count: Type.Integer(), year: Type.Integer() }, {
      description: 'the absence rule: clients word absence_<level> with these parameters',
    }),
    items: Type.Array(Type.Object({ meetingId: Type.String(), date: Type.String(), type: Type.String(), status: Type.String(), exempt: Type.Boolean() })),
  })),
  dues: Nullable(Type.Object({
    year: Type.Integer(), total: Type.Integer(), level: Level, unpaidMonths: Type.Array(Type.String()),
    paid: Type.Array(Type.Object({ month: Type.String(), amount: Type.Integer(), expected: Nullable(Type.Integer()) })),
  })),
});
export type MemberHome = Static<typeof MemberHome>;
