import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get } from './client';
import type { Me, Org, Role } from './types';

/** The logged-in account, or null when nobody is logged in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetup() {
  return useQuery({ queryKey: ['setup'], queryFn: () => get<{ needed: boolean; codeRequired?: boolean }>('/api/setup'), staleTime: Infinity });
}

export function useOrgs(includeInactive = false) {
  return useQuery({
    queryKey: ['orgs', { includeInactive }],
    queryFn: () => get<Org[]>('/api/orgs' + (includeInactive ? '?includeInactive=true' : '')),
  });
}

export function useInvalidate() {
  const qc = useQueryClient();
  return (...keys: string[]) => Promise.all(keys.map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

export const hasRole = (me: Me | null | undefined, ...roles: Role[]) => !!me?.grants.some((g) => roles.includes(g.role));

/** The unit a manager starts from: their first leader/admin grant, else their home cell. */
export function defaultOrgId(me: Me | null | undefined, orgs: Org[] | undefined): string | undefined {
  const g = me?.grants.find((x) => (x.role === 'leader' || x.role === 'admin') && x.orgId);
  if (g?.orgId) return g.orgId;
  const root = orgs?.find((o) => !o.contextOnly && o.status === 'active' && !orgs.some((p) => p.id === o.parentId && !p.contextOnly));
  return root?.id ?? me?.homeOrgId ?? undefined;
}
