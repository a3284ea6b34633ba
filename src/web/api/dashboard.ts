import { useQuery } from '@tanstack/react-query';
import { get, qs } from './client';
import type { Dashboard, MemberHome, RulesMembers, SearchResult, Trends } from './contract';

/** Data hooks of the dashboards, a member's home and the search box: one place for their query keys. */
export const dashboardKeys = {
  month: (orgId: string | undefined, month: string) => ['dashboard', orgId, month] as const,
  members: (orgId: string, month: string, topic: string, page: number) => ['dashboard', 'members', orgId, month, topic, page] as const,
  trends: (orgId: string, months: number, to: string) => ['dashboard', 'trends', orgId, months, to] as const,
  myHome: ['my', 'home'] as const,
  search: (q: string) => ['search', q] as const,
};

export function useDashboard(orgId: string | undefined, month: string) {
  return useQuery({
    queryKey: dashboardKeys.month(orgId, month),
    queryFn: () => get<Dashboard>(`/api/dashboard${qs({ orgId, month })}`),
    enabled: !!orgId,
  });
}

/** One page of the members behind a unit's (or one cell's) warning figures. */
export function useRulesMembers(orgId: string, month: string, topic: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: dashboardKeys.members(orgId, month, topic, page),
    queryFn: () =>
      get<RulesMembers>(`/api/dashboard/members${qs({ orgId, month, topic, offset: String(page * pageSize), limit: String(pageSize) })}`),
  });
}

export function useTrends(orgId: string, months: 12 | 36, to: string) {
  return useQuery({
    queryKey: dashboardKeys.trends(orgId, months, to),
    queryFn: () => get<Trends>(`/api/dashboard/trends${qs({ orgId, months, to })}`),
  });
}

export function useMemberHome() {
  return useQuery({ queryKey: dashboardKeys.myHome, queryFn: () => get<MemberHome>('/api/my/home') });
}

/** The search box: asks only once two characters are typed. */
export function useSearch(q: string) {
  return useQuery({
    queryKey: dashboardKeys.search(q),
    queryFn: () => get<SearchResult>(`/api/search${qs({ q })}`),
    enabled: q.trim().length >= 2,
  });
}
