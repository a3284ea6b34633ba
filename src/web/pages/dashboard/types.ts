/** Wire shapes of /api/dashboard and /api/dashboard/trends (see the TypeBox schemas in src/server/modules/dashboard/routes.ts). */
export type MeetingState = 'approved' | 'held' | 'planned' | 'late' | 'missing';
export type Level = 'ok' | 'warning' | 'flag';
export type Quality = { tot: number; kha: number; trung_binh: number; kem: number; unscored: number };

export type DashboardCell = {
  orgId: string; orgName: string; parentId: string | null; meetingState: MeetingState; meetingId: string | null; date: string | null;
  plannedDate: string; attendanceRate: number | null; expected: number | null; attended: number | null; absentUnexcused: number | null;
  qualityLevel: 'tot' | 'kha' | 'trung_binh' | 'kem' | null; scoreConfirmed: boolean; committeePresent: boolean | null;
  thematicCovered: boolean; thematicHeld: number; members: number;
  absenceWarnings: number; absenceFlags: number; duesWarnings: number; duesFlags: number;
  tasksOpen: number; tasksOverdue: number; reportsExpected: number | null; reportsOverdue: number | null;
  duesPaid: number; disseminationDue: number; disseminationDone: number; disseminationOverdue: number; remediesOpen: number; remediesOverdue: number;
};

export type Dashboard = {
  orgId: string; orgName: string; orgKind: string; month: string; today: string;
  cells: DashboardCell[];
  totals: {
    cells: number; held: number; approved: number; awaitingApproval: number; planned: number; late: number; missing: number;
    attendanceRate: number | null; expected: number; attended: number; quality: Quality; thematicQuarter: string | null;
    thematicCovered: number; committeePresent: number; absenceWarning: number; absenceFlag: number; duesWarning: number; duesFlag: number;
    members: number; tasksOpen: number; tasksOverdue: number; reportsExpected: number; reportsSubmitted: number; reportsOverdue: number;
    duesPaid: number; disseminationDocuments: number; disseminationDue: number; disseminationDone: number; disseminationOverdue: number;
    disseminationCellsDue: number; disseminationCellsComplete: number; remediesOpen: number; remediesReported: number; remediesOverdue: number;
  };
  documents: { documentId: string; number: string; subject: string; disseminateBy: string; cells: number; done: number }[];
};

/** /api/dashboard/members: the members behind the warning figures, one page. */
export type RulesMembers = {
  orgId: string; orgName: string; month: string; topic: string; offset: number; limit: number; total: number;
  items: { personId: string; fullName: string; orgId: string; orgName: string;
    absence: { level: Level; months: number[] }; dues: { level: Level; months: number[] } }[];
};

export type TrendPoint = {
  month: string; attendanceRate: number | null; expected: number; attended: number; held: number; regularity: number | null; quality: Quality;
};
export type Trends = {
  orgId: string; orgName: string; months: number; from: string; to: string; series: TrendPoint[];
  children: { orgId: string; orgName: string; kind: string; series: TrendPoint[] }[];
};

export type MemberHome = {
  next: { id: string | null; virtual: boolean; orgId: string; orgName: string; type: string; topic: string | null; date: string;
    startTime: string; location: string | null; status: string; documents: string[] } | null;
  attendance: { year: number; attended: number; meetings: number; rate: number | null;
    absence: { level: Level; months: number[]; count: number; year: number };
    items: { meetingId: string; date: string; type: string; status: string; exempt: boolean }[] } | null;
  dues: { year: number; total: number; level: Level; unpaidMonths: string[]; paid: { month: string; amount: number; expected: number | null }[] } | null;
};
