import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';
import type { UnitSchemes } from './contract';

/** Data hooks of a unit's scoring schemes: the only place the web names these routes. */
export const scoringKeys = {
  all: ['scoring-schemes'] as const,
  ofOrg: (orgId: string) => ['scoring-schemes', orgId] as const,
};

export type UnitScheme = UnitSchemes['schemes'][number] & {
  maxPoints: number; meetingTypes: string[]; source: string;
  groups: { key: string; label: string; maxPoints: number; criteria: { key: string; label: string; maxPoints: number; fullMarksForTop?: boolean }[] }[];
  bands: { level: 'tot' | 'kha' | 'trung_binh' | 'kem'; label: string; min: number }[];
};

export function useUnitSchemes(orgId: string) {
  return useQuery({ queryKey: scoringKeys.ofOrg(orgId), queryFn: () => get<UnitSchemes>(`/api/orgs/${orgId}/scoring-schemes`) });
}

export function useSaveScheme(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => post<UnitSchemes>(`/api/orgs/${orgId}/scoring-schemes`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: scoringKeys.all }),
  });
}

export function useChooseScheme(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string | null>) => put<UnitSchemes>(`/api/orgs/${orgId}/scoring-choice`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: scoringKeys.all }),
  });
}
