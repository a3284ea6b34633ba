import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { get } from './client';
import type { Me, Org, Role } from './contract';

/** The account's and setup's hooks live in auth.ts and setup.ts; named here too so that older imports keep working. */
export { useMe } from './auth';
export { useSetup } from './setup';

export const orgsQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: ['orgs', { includeInactive }],
    queryFn: () => get<Org[]>('/api/orgs' + (includeInactive ? '?includeInactive=true' : '')),
  });

export function useOrgs(includeInactive = false) {
  return useQuery(orgsQuery(includeInactive));
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
