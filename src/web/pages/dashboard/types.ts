/** Wire shapes of /api/dashboard, /api/dashboard/members, /api/dashboard/trends and /api/my/home: the server's schemas (src/server/modules/dashboard/schemas.ts), by way of the contract. */
import type { Dashboard, Trends } from '../../api/contract';

export type { Dashboard, RulesMembers, Trends, MemberHome } from '../../api/contract';
export type DashboardCell = Dashboard['cells'][number];
export type MeetingState = DashboardCell['meetingState'];
export type Quality = Dashboard['totals']['quality'];
export type TrendPoint = Trends['series'][number];
export type Level = 'ok' | 'warning' | 'flag';
