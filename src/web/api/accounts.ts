import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post, qs } from './client';
import type { Account, CreateAccountBody, GrantBody, ResetPasswordBody } from './contract';

/** Data hooks of login accounts: the only place the web names the /api/accounts and /api/grants routes. */
export const accountKeys = {
  all: ['accounts'] as const,
  ofOrg: (orgId: string | undefined) => ['accounts', orgId] as const,
};

/** Accounts of the people in a unit's subtree. */
export function useAccounts(orgId: string | undefined) {
  return useQuery({ queryKey: accountKeys.ofOrg(orgId), queryFn: () => get<Account[]>(`/api/accounts${qs({ orgId })}`), enabled: !!orgId });
}

/** Every change to an account refreshes the account lists. */
function useAccountMutation<V>(fn: (v: V) => Promise<Account>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () => useAccountMutation((body: CreateAccountBody) => post<Account>('/api/accounts', body));

export const useResetPassword = () =>
  useAccountMutation(({ accountId, ...body }: ResetPasswordBody & { accountId: string }) => post<Account>(`/api/accounts/${accountId}/reset-password`, body));

export const useSetDisabled = () =>
  useAccountMutation(({ accountId, disabled }: { accountId: string; disabled: boolean }) => post<Account>(`/api/accounts/${accountId}/disabled`, { disabled }));

export const useAddGrant = () =>
  useAccountMutation(({ accountId, ...body }: GrantBody & { accountId: string }) => post<Account>(`/api/accounts/${accountId}/grants`, body));

export const useRevokeGrant = () => useAccountMutation((grantId: string) => del<Account>(`/api/grants/${grantId}`));
