import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post } from './client';
import type { AddContactBody, CreatePartnerBody, Partner } from './contract';

/** Data hooks of a unit's partner units: the only place the web names the partners routes. */
export const partnerKeys = {
  all: ['partners'] as const,
  ofOrg: (orgId: string) => ['partners', orgId] as const,
};

export function usePartners(orgId: string) {
  return useQuery({ queryKey: partnerKeys.ofOrg(orgId), queryFn: () => get<Partner[]>(`/api/orgs/${orgId}/partners`) });
}

/** Every change to a partner unit refreshes the lists that show it. */
function usePartnerMutation<V>(fn: (v: V) => Promise<Partner>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.all }) });
}

export const useCreatePartner = (orgId: string) =>
  usePartnerMutation((body: CreatePartnerBody) => post<Partner>(`/api/orgs/${orgId}/partners`, body));

export const useAddContact = () =>
  usePartnerMutation(({ partnerId, ...body }: AddContactBody & { partnerId: string }) => post<Partner>(`/api/partners/${partnerId}/contacts`, body));

export const useEndContact = () =>
  usePartnerMutation(({ partnerId, contactId }: { partnerId: string; contactId: string }) =>
    del<Partner>(`/api/partners/${partnerId}/contacts/${contactId}`));
