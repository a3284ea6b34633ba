// Section: the organization tree (the commune committee and its 19 cells) and the names they have had.
import { addDays } from '../../domain/dates';
import { Rng } from './random';
import { CELLS, ROOT } from './story';
import type { OrgNameRow, OrgRow } from './types';

export interface OrgsSection {
  root: OrgRow;
  /** Cells by story key. */
  cells: Record<string, OrgRow>;
  orgs: OrgRow[];
  orgNames: OrgNameRow[];
}

export function generateOrgs(seed: number): OrgsSection {
  const rng = new Rng(seed, 'orgs');
  const rootId = rng.uuid();
  const root: OrgRow = {
    id: rootId, parent_id: null, path: `/${rootId}/`, kind: 'committee', name: ROOT.name, place: ROOT.place,
    settings: { ...ROOT.settings },
  };
  const orgs: OrgRow[] = [root];
  const orgNames: OrgNameRow[] = [{ org_id: rootId, name: ROOT.name, valid_from: ROOT.foundedOn, valid_to: null }];
  const cells: Record<string, OrgRow> = {};
  for (const spec of CELLS) {
    const id = rng.uuid();
    const cell: OrgRow = {
      id, parent_id: rootId, path: `${root.path}${id}/`, kind: 'cell', name: spec.name, place: spec.place,
      settings: { ...spec.settings },
    };
    cells[spec.key] = cell;
    orgs.push(cell);
    if (spec.formerName) {
      const renamedOn = addDays(spec.formerName.validTo, 1);
      orgNames.push({ org_id: id, name: spec.formerName.name, valid_from: spec.foundedOn, valid_to: spec.formerName.validTo });
      orgNames.push({ org_id: id, name: spec.name, valid_from: renamedOn, valid_to: null });
    } else {
      orgNames.push({ org_id: id, name: spec.name, valid_from: spec.foundedOn, valid_to: null });
    }
  }
  return { root, cells, orgs, orgNames };
}

