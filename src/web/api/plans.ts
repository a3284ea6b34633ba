import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put, qs } from './client';
import type { ActivityPlan, ActivityPlanBody, ActivityPlanList } from './contract';

export type { ActivityPlan, ActivityPlanBody, ActivityPlanList };

/** Data hooks of the cells' annual activity plans: the only place the web names these routes. */
export const planKeys = {
  all: ['activity-plans'] as const,
  one: (orgId: string, year: number) => ['activity-plans', orgId, year] as const,
  list: (orgId: string | undefined, year: number) => ['activity-plans', 'list', orgId, year] as const,
};

export const usePlan = (orgId: string, year: number) =>
  useQuery({ queryKey: planKeys.one(orgId, year), queryFn: () => get<ActivityPlan>(`/api/orgs/${orgId}/activity-plans/${year}`) });

export const usePlanList = (orgId: string | undefined, year: number) =>
  useQuery({ queryKey: planKeys.list(orgId, year), queryFn: () => get<ActivityPlanList>(`/api/activity-plans${qs({ orgId, year })}`), enabled: !!orgId });

/** Save, submit, approve, reopen; and plan the quarter's thematic meeting the plan proposes (the meetings API). */
export function usePlanAction(orgId: string, year: number) {
  const qc = useQueryClient();
  const base = `/api/orgs/${orgId}/activity-plans/${year}`;
  return useMutation({
    mutationFn: async (v: { action: 'save'; body: ActivityPlanBody } | { action: 'submit' } | { action: 'approve'; note?: string | null }
      | { action: 'reopen'; reason: string } | { action: 'schedule'; date: string; topic: string }) => {
      switch (v.action) {
        case 'save': return put<ActivityPlan>(base, v.body);
        case 'submit': return post<ActivityPlan>(`${base}/submit`);
        case 'approve': return post<ActivityPlan>(`${base}/approve`, { note: v.note ?? null });
        case 'reopen': return post<ActivityPlan>(`${base}/reopen`, { reason: v.reason });
        case 'schedule': await post(`/api/orgs/${orgId}/meetings`, { type: 'thematic', date: v.date, topic: v.topic }); return null;
      }
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      await qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}
