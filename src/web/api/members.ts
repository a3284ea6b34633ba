import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, qs } from './client';
import type {
  CreateMemberBody, EndTemporaryBody, EventBody, MemberRow, PositionBody, Profile, TemporaryBody, TransferBody, UnitStanding, UpdateMemberBody, DuesWarningList,
} from './contract';

/** Data hooks of members: a profile, the search by name, and every change to a member's record. */
export const memberKeys = {
  profile: (id: string) => ['member', id] as const,
  search: (q: string) => ['member-search', q] as const,
};

export function useMember(id: string) {
  return useQuery({ queryKey: memberKeys.profile(id), queryFn: () => get<Profile>(`/api/members/${id}`) });
}

/** Members found by name, with or without diacritics (nothing is asked for an empty text). */
export function useMemberSearch(q: string, opts: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: memberKeys.search(q),
    queryFn: () => get<MemberRow[]>(`/api/members${qs({ q })}`),
    enabled: q.length > 0,
    placeholderData: opts.keepPrevious ? keepPreviousData : undefined,
  });
}

/** A change to a member: the profile, the lists, the unit pages and the accounts refresh. */
function useMemberMutation<V, R>(fn: (v: V) => Promise<R>, keys: string[] = ['member', 'members', 'org', 'orgs', 'accounts']) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((k) => qc.invalidateQueries({ queryKey: [k] }))),
  });
}

export const useCreateMember = () =>
  useMemberMutation((body: CreateMemberBody) => post<Profile>('/api/members', body), ['members', 'org', 'orgs']);
export const useUpdateMember = (id: string) => useMemberMutation((body: Partial<UpdateMemberBody>) => patch<Profile>(`/api/members/${id}`, body));
export const useTransferMember = (id: string) => useMemberMutation((body: TransferBody) => post<Profile>(`/api/members/${id}/transfer`, body));
export const useRecordEvent = (id: string) => useMemberMutation((body: EventBody) => post<Profile>(`/api/members/${id}/events`, body));
export const useAddPosition = (id: string) => useMemberMutation((body: PositionBody) => post<Profile>(`/api/members/${id}/positions`, body));
export const useEndPosition = () =>
  useMemberMutation((positionId: string) => post<Profile>(`/api/positions/${positionId}/end`, {}), ['member', 'org']);

/** Temporary attendance in another cell (sinh hoạt tạm thời): record one, end one early. */
export const useRecordTemporary = (id: string) =>
  useMemberMutation((body: TemporaryBody) => post<Profile>(`/api/members/${id}/temporary-attendance`, body), ['member', 'members', 'org', 'orgs', 'unit-standing', 'meeting']);
export const useEndTemporary = (id: string) =>
  useMemberMutation(({ membershipId, ...body }: EndTemporaryBody & { membershipId: string }) =>
    post<Profile>(`/api/members/${id}/temporary-attendance/${membershipId}/end`, body), ['member', 'members', 'org', 'unit-standing', 'meeting']);

/** Who a unit expects beyond its own active members, and the Charter's warning for cells under 3 official members. */
export function useUnitStanding(orgId: string) {
  return useQuery({ queryKey: ['unit-standing', orgId], queryFn: () => get<UnitStanding>(`/api/orgs/${orgId}/standing`) });
}

/** A cell's or a commune's members behind with their dues this year (rule: duesWarnings in src/domain/meetings/dues.ts). */
export function useDuesWarnings(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: ['meeting-dues', 'warnings', orgId], queryFn: () => get<DuesWarningList>(`/api/orgs/${orgId}/dues-warnings`), enabled });
}
