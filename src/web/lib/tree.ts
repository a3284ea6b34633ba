import type { Org } from '../api/types';

export type OrgNode = Org & { children: OrgNode[]; depth: number };

const KIND_ORDER = { committee: 0, sub_committee: 1, cell: 2 } as const;

/** Builds the visible tree from the flat list (roots are units whose parent is not in the list). */
export function buildTree(orgs: Org[]): OrgNode[] {
  const byId = new Map<string, OrgNode>();
  for (const o of orgs) byId.set(o.id, { ...o, children: [], depth: 0 });
  const roots: OrgNode[] = [];
  for (const n of byId.values()) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const sort = (list: OrgNode[], depth: number) => {
    list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'vi'));
    for (const n of list) {
      n.depth = depth;
      sort(n.children, depth + 1);
    }
  };
  sort(roots, 0);
  return roots;
}

/** Depth-first order, for indented pickers. */
export function flatten(nodes: OrgNode[]): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (list: OrgNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The ids of a unit and every unit under it. */
export function subtreeIds(orgs: Org[], rootId: string): Set<string> {
  const kids = new Map<string, string[]>();
  for (const o of orgs) if (o.parentId) kids.set(o.parentId, [...(kids.get(o.parentId) ?? []), o.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(kids.get(id) ?? []));
  }
  return out;
}
