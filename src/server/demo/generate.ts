// generateDemo: the whole demo commune as plain rows, from a seed. Pure: no I/O, no clock, no Math.random.
import { generateAccounts } from './accounts';
import { generateMeetings } from './meetings';
import { generateMembers } from './members';
import { generateOrgs } from './orgs';
import { generatePartners } from './partners';
import { generatePositions } from './positions';
import type { DemoData } from './types';

export const DEFAULT_SEED = 20220110;

export function generateDemo(seed: number = DEFAULT_SEED): DemoData {
  const orgs = generateOrgs(seed);
  const m = generateMembers(seed, orgs.cells);
  const pos = generatePositions(seed, orgs.root, orgs.cells, m.infos, m.storyPeople);
  const partners = generatePartners(seed, orgs.cells, m.infos, m.storyPeople, m.uniques);
  const acc = generateAccounts(seed, orgs.root, orgs.cells, m.storyPeople);
  const people = [...m.people, ...partners.people];
  const meetings = generateMeetings(seed, {
    root: orgs.root, cells: orgs.cells, people, members: m.members, memberships: m.memberships, memberEvents: m.memberEvents,
    positions: pos.positions, orgOverseers: pos.orgOverseers, partnerUnits: partners.partnerUnits,
    partnerContacts: partners.partnerContacts, accounts: acc.accounts, storyPeople: m.storyPeople,
  });
  return {
    seed,
    rootId: orgs.root.id,
    cellIds: Object.fromEntries(Object.entries(orgs.cells).map(([k, o]) => [k, o.id])),
    storyPeople: { ...m.storyPeople },
    orgs: orgs.orgs,
    orgNames: orgs.orgNames,
    people,
    members: m.members,
    memberships: m.memberships,
    memberEvents: m.memberEvents,
    positions: pos.positions,
    orgOverseers: pos.orgOverseers,
    partnerUnits: partners.partnerUnits,
    partnerContacts: partners.partnerContacts,
    accounts: acc.accounts,
    grants: acc.grants,
    meetings,
  };
}
