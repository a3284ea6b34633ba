import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put, qs } from '../../api/client';

/** Wire shapes of the oversight API (src/server/modules/oversight/schemas.ts). */
export type Cell = { orgId: string; orgName: string; startedOn: string; endedOn: string | null };
export type Observation = {
  leadership: string; mood: string; residents: string | null; proposals: string | null; writtenAt: string; updatedAt: string;
};
export type ObservationItem = {
  meetingId: string; orgId: string; orgName: string; date: string; type: string; topic: string | null; status: string;
  attendance: string | null; attended: boolean; observation: Observation | null; missing: boolean;
};
export type ObservationList = { personId: string; fullName: string; year: number; cells: Cell[]; items: ObservationItem[] };
export type Score = {
  meetingId: string; orgId: string; orgName: string; date: string; type: string; total: number; level: string; proposedAt: string;
  confirmedAt: string | null; confirmedBy: string | null; comment: string | null;
};
export type MyOversight = {
  cells: Cell[]; scoresToConfirm: Score[]; recentlyConfirmed: Score[]; observationsToWrite: ObservationItem[];
  nextMeetings: { meetingId: string; orgId: string; orgName: string; date: string; startTime: string; type: string; topic: string | null;
    status: string; location: string | null }[];
};
export type MonthView = {
  orgId: string; orgName: string; month: string;
  summary: { cells: number; held: number; withoutCommittee: number; missingObservations: number };
  cells: {
    orgId: string; orgName: string; overseers: { personId: string; name: string }[];
    meetings: { meetingId: string; date: string; type: string; status: string;
      committeePresent: { personId: string; name: string; inCharge: boolean; observed: boolean }[];
      observationsMissing: { personId: string; name: string }[] }[];
    noCommittee: boolean; missingObservations: number;
  }[];
};
export type ObservationBody = { leadership: string; mood: string; residents?: string | null; proposals?: string | null };

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
