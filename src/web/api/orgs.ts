import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patch, post, qs } from './client';
import type {
  CreateOrgBody, DissolveOrgBody, MemberPage, MergeOrgBody, MoveOrgBody, Org, OrgDetail, UpdateOrgBody,
} from './contract';
import type { ImportResult } from './types';

/** Data hooks of a party unit: its page, its members, and every change to it. */
export const orgKeys = {
  detail: (id: string) => ['org', id] as const,
  members: (orgId: string, params: { q: string; includeFormer: boolean; page: number; pageSize: number }) =>
    ['members', orgId, { q: params.q, includeFormer: params.includeFormer, page: params.page }] as const,
};

export function useOrg(id: string) {
  return useQuery({ queryKey: orgKeys.detail(id), queryFn: () => get<OrgDetail>(`/api/orgs/${id}`) });
}

export function useOrgMembers(orgId: string, params: { q: string; includeFormer: boolean; page: number; pageSize: number }) {
  return useQuery({
    queryKey: orgKeys.members(orgId, params),
    queryFn: () =>
      get<MemberPage>(`/api/orgs/${orgId}/members${qs({ q: params.q, includeFormer: params.includeFormer || undefined, page: params.page, pageSize: params.pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** A change to the tree: the unit's page, the tree and the member lists all refresh. */
function useTreeMutation<V, R>(fn: (v: V) => Promise<R>, keys: string[] = ['org', 'orgs', 'members']) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((k) => qc.invalidateQueries({ queryKey: [k] }))),
  });
}

export const useCreateOrg = () => useTreeMutation((body: CreateOrgBody) => post<Org>('/api/orgs', body));
export const useUpdateOrg = (id: string) => useTreeMutation((body: UpdateOrgBody) => patch<Org>(`/api/orgs/${id}`, body));
export const useMoveOrg = (id: string) => useTreeMutation((body: MoveOrgBody) => post<Org>(`/api/orgs/${id}/move`, body));
export const useMergeOrg = (id: string) =>
  useTreeMutation((body: MergeOrgBody) => post<{ movedMembers: number; org: Org }>(`/api/orgs/${id}/merge`, body));
export const useDissolveOrg = (id: string) => useTreeMutation((body: DissolveOrgBody) => post<Org>(`/api/orgs/${id}/dissolve`, body));

/** The committee members in charge of a unit (overseers). */
export const useAddOverseer = (orgId: string) =>
  useTreeMutation((body: { personId: string }) => post<OrgDetail>(`/api/orgs/${orgId}/overseers`, body), ['org']);
export const useEndOverseer = (orgId: string) =>
  useTreeMutation((personId: string) => del<OrgDetail>(`/api/orgs/${orgId}/overseers/${personId}`), ['org']);

/** Checks (dryRun) or imports a spreadsheet of members into a unit. */
export function importMembers(orgId: string, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api<ImportResult>(`/api/orgs/${orgId}/members/import?dryRun=${dryRun}`, { method: 'POST', form });
}
