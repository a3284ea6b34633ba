import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put, qs } from './client';
import type { MonthView, MyOversight, ObservationBody, ObservationItem, ObservationList } from './contract';

export type { MonthView, MyOversight, ObservationBody, ObservationItem, ObservationList };
export type Score = MyOversight['scoresToConfirm'][number];

export const useMyOversight = () => useQuery({ queryKey: ['oversight', 'mine'], queryFn: () => get<MyOversight>('/api/my/oversight') });

export const useObservations = (personId: string | null | undefined, year: number) =>
  useQuery({
    queryKey: ['oversight', 'observations', personId, year],
    queryFn: () => get<ObservationList>(`/api/overseers/${personId}/observations${qs({ year })}`),
    enabled: !!personId,
  });

export const useMonthView = (orgId: string | undefined, month: string) =>
  useQuery({
    queryKey: ['oversight', 'month', orgId, month],
    queryFn: () => get<MonthView>(`/api/orgs/${orgId}/oversight${qs({ month })}`),
    enabled: !!orgId,
  });

/** Data hooks of the committee members in charge of cells: the only place the web names the oversight routes. */

/** Writes an observation or confirms a score (the meetings module's confirm), then refreshes what waits. */
export function useOversightActions() {
  const qc = useQueryClient();
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['oversight'] });
    await qc.invalidateQueries({ queryKey: ['meeting'] });
  };
  return {
    writeObservation: async (meetingId: string, body: ObservationBody) => {
      const out = await put<ObservationItem>(`/api/meetings/${meetingId}/observation`, body);
      await refresh();
      return out;
    },
    confirmScore: async (meetingId: string, comment: string | null) => {
      await post(`/api/meetings/${meetingId}/score/confirm`, { comment });
      await refresh();
    },
  };
}
