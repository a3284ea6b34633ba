import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Queryable } from './db/index';
import type { Action, Principal, Role, Target } from './auth/policy';
import type { Locale } from './messages';
import { AppError, Forbidden, NotFound, Unauthorized } from './errors';
import { can } from './auth/policy';

/**
 * Every /api route declares one permission in its config; app.ts refuses to start with a route that
 * has none, and enforces it before the handler runs.
 * - public: anyone (health, login, setup, API docs)
 * - login: any logged-in account (the handler narrows results to what the caller may see)
 * - action: the caller may take the action on the target the scope resolves from the request
 */
export type ScopeKind = 'global' | 'org' | 'person' | 'partner' | 'account' | 'grant' | 'position' | 'meeting' | 'supervision' | 'task' | 'training' | 'review';
export type RoutePermission =
  | { kind: 'public' }
  | { kind: 'login' }
  | { kind: 'action'; action: Action; scope: ScopeKind; from?: 'params' | 'query' | 'body'; field?: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    principal: Principal | null;
    locale: Locale;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    db: Db;
  }
}

export const PUBLIC: RoutePermission = { kind: 'public' };
export const LOGIN: RoutePermission = { kind: 'login' };
export const act = (
  action: Action,
  scope: ScopeKind,
  from: 'params' | 'query' | 'body' = 'params',
  field = 'id',
): RoutePermission => ({ kind: 'action', action, scope, from, field });

/** The path of the unit a target hangs from: an org itself, a person's current (or last) cell, ... */
async function resolveTarget(q: Queryable, scope: ScopeKind, id: string): Promise<Target | null> {
  const uuid = /^[0-9a-f-]{36}$/i.test(id);
  if (scope === 'global') return { orgPath: null };
  if (!uuid) return null;
  switch (scope) {
    case 'org': {
      const r = await q.one<{ path: string }>('SELECT path FROM orgs WHERE id = $1', [id]);
      return r ? { orgPath: r.path } : null;
    }
    case 'person': {
      const r = await q.one<{ path: string | null }>(
        `SELECT (SELECT o.path FROM memberships m JOIN orgs o ON o.id = m.org_id
                  WHERE m.person_id = p.id ORDER BY m.ended_on IS NULL DESC, m.started_on DESC LIMIT 1) AS path
           FROM people p WHERE p.id = $1`,
        [id],
      );
      if (r?.path) return { orgPath: r.path, personId: id };
      // A person with no cell: a partner contact, found through their partner unit.
      const c = await q.one<{ path: string }>(
        `SELECT o.path FROM partner_contacts c JOIN partner_units u ON u.id = c.partner_unit_id
           JOIN orgs o ON o.id = u.org_id WHERE c.person_id = $1 LIMIT 1`,
        [id],
      );
      return r ? { orgPath: c?.path ?? null, personId: id } : null;
    }
    case 'partner': {
      const r = await q.one<{ path: string }>(
        'SELECT o.path FROM partner_units u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1',
        [id],
      );
      return r ? { orgPath: r.path } : null;
    }
    case 'account': {
      const r = await q.one<{ person_id: string | null }>('SELECT person_id FROM accounts WHERE id = $1', [id]);
      if (!r) return null;
      // Every grant the account holds: acting on it needs the right over all of them (canManageAccount).
      const accountGrants = await q.query<{ role: Role; orgPath: string | null }>(
        `SELECT g.role, o.path AS "orgPath" FROM grants g LEFT JOIN orgs o ON o.id = g.org_id WHERE g.account_id = $1`,
        [id],
      );
      if (!r.person_id) return { orgPath: null, accountGrants }; // an account with no person: admins only
      const t = await resolveTarget(q, 'person', r.person_id);
      return { orgPath: t?.orgPath ?? null, accountGrants };
    }
    case 'grant': {
      const r = await q.one<{ account_id: string }>('SELECT account_id FROM grants WHERE id = $1', [id]);
      return r ? resolveTarget(q, 'account', r.account_id) : null;
    }
    case 'position': {
      const r = await q.one<{ path: string }>(
        'SELECT o.path FROM positions p JOIN orgs o ON o.id = p.org_id WHERE p.id = $1',
        [id],
      );
      return r ? { orgPath: r.path } : null;
    }
    case 'meeting': {
      const r = await q.one<{ path: string; invitees: string[] }>(
        `SELECT o.path, coalesce((SELECT array_agg(i.person_id) FROM invitations i
                                   WHERE i.meeting_id = m.id AND i.person_id IS NOT NULL), '{}') AS invitees
           FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = $1`,
        [id],
      );
      return r ? { orgPath: r.path, invitees: r.invitees } : null;
    }
    case 'supervision': {
      // An inspection or supervision item hangs from its subject's cell.
      const r = await q.one<{ path: string }>(
        'SELECT o.path FROM supervision_items s JOIN orgs o ON o.id = s.subject_org_id WHERE s.id = $1',
        [id],
      );
      return r ? { orgPath: r.path } : null;
    }
    case 'training': {
      // A course hangs from the unit that runs it (the commune, or a cell for its own study sessions).
      const r = await q.one<{ path: string }>('SELECT o.path FROM training_courses c JOIN orgs o ON o.id = c.org_id WHERE c.id = $1', [id]);
      return r ? { orgPath: r.path } : null;
    }
    case 'review': {
      // A year-end review hangs from its subject's cell.
      const r = await q.one<{ path: string }>('SELECT o.path FROM reviews v JOIN orgs o ON o.id = v.subject_org_id WHERE v.id = $1', [id]);
      return r ? { orgPath: r.path } : null;
    }
    case 'task': {
      // A task is handled where its owner is (a cell's secretary records progress on what the commune gave it).
      const r = await q.one<{ path: string }>('SELECT o.path FROM tasks t JOIN orgs o ON o.id = t.owner_org_id WHERE t.id = $1', [id]);
      return r ? { orgPath: r.path } : null;
    }
  }
}

/** What an account that must change its password may still do: change it, see itself, log out. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'GET /api/auth/sessions',
]);

export async function enforce(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const permission = req.routeOptions.config.permission;
  if (!permission || permission.kind === 'public') return;
  if (!req.principal) throw Unauthorized();
  // A password chosen by someone else (a new account, a reset) is changed before anything else works.
  if (req.principal.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(`${req.method} ${req.routeOptions.url}`)) {
    throw new AppError(403, 'password_change_required', 'password_change_required');
  }
  if (permission.kind === 'login') return;
  const source = (req[permission.from ?? 'params'] ?? {}) as Record<string, unknown>;
  const id = String(source[permission.field ?? 'id'] ?? '');
  if (permission.scope !== 'global' && !id) throw NotFound();
  const target = await resolveTarget(req.server.db, permission.scope, id);
  if (!target) throw NotFound();
  if (!can(req.principal, permission.action, target)) throw Forbidden();
}

/** The logged-in principal; routes behind a login or action permission always have one. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw Unauthorized();
  return req.principal;
}
