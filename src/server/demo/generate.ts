// generateDemo: the whole demo commune as plain rows, from a seed and the day it is "today" in the demo.
// Pure: no I/O, no clock (the caller passes today), no Math.random. Same (seed, today), same data.
import { generateAccounts } from './accounts';
import { demoCalendar } from './calendar';
import { generateMeetings } from './meetings';
import { generateMembers } from './members';
import { generateOrgs } from './orgs';
import { generatePartners } from './partners';
import { generatePositions } from './positions';
import { DEMO_TODAY } from './story';
import type { DemoData } from './types';

export const DEFAULT_SEED = 20220110;

/**
 * The demo commune as on `today` (DEMO_TODAY unless given; the app passes todayVn()): the 18 months of
 * meetings before today's month, this month's (held before today, planned from today) and the next
 * month's planned, probation, ages and the other recent dates all counted from today.
 */
export function generateDemo(seed: number = DEFAULT_SEED, today: string = DEMO_TODAY): DemoData {
  const cal = demoCalendar(today);
  const orgs = generateOrgs(seed);
  const m = generateMembers(seed, orgs.cells, cal);
  const pos = generatePositions(seed, orgs.root, orgs.cells, m.infos, m.storyPeople, cal);
  const partners = generatePartners(seed, orgs.cells, m.infos, m.storyPeople, m.uniques, cal);
  const acc = generateAccounts(seed, orgs.root, orgs.cells, m.storyPeople);
  const people = [...m.people, ...partners.people];
  const meetings = generateMeetings(seed, {
    root: orgs.root, cells: orgs.cells, people, members: m.members, memberships: m.memberships, memberEvents: m.memberEvents,
    positions: pos.positions, orgOverseers: pos.orgOverseers, partnerUnits: partners.partnerUnits,
    partnerContacts: partners.partnerContacts, accounts: acc.accounts, storyPeople: m.storyPeople,
  }, cal);
  return {
    seed,
    today,
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
