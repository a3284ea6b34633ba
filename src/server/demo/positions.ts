// Section: positions (the commune committee and each cell's secretary, deputy, committee member) and
// the committee members in charge of cells (org_overseers).
import { addDays } from '../../domain/dates';
import type { DemoCalendar } from './calendar';
import type { MemberInfo } from './members';
import { ageOn } from './person';
import { addYears, maxDate, minDate, Rng } from './random';
import { CELL_TERM, CELLS, COMMUNE_ROLES, COMMUNE_TERM, OVERSEERS, OVERSEERS_SINCE, STORY_CELL_ROLES } from './story';
import type { OrgRow, OverseerRow, PositionRow, PositionTitle } from './types';

export interface PositionsSection {
  positions: PositionRow[];
  orgOverseers: OverseerRow[];
}

/** Cells of at least this many members have a deputy secretary, and from the second a cell committee member. */
const DEPUTY_FROM = 7;
const COMMITTEE_FROM = 14;

export function generatePositions(
  seed: number, root: OrgRow, cells: Record<string, OrgRow>, infos: MemberInfo[], storyPeople: Record<string, string>,
  cal: DemoCalendar,
): PositionsSection {
  const today = cal.today;
  // Officers elected before the meeting history starts: the demo does not keep their predecessors.
  const electedBy = addDays(`${cal.history[0]}-01`, -1);
  const rng = new Rng(seed, 'positions');
  const positions: PositionRow[] = [];
  const add = (personId: string, orgId: string, title: PositionTitle, term: string, since: string) =>
    positions.push({ id: rng.uuid(), person_id: personId, org_id: orgId, title, term_label: term, started_on: since, ended_on: null });

  for (const r of COMMUNE_ROLES) add(storyPeople[r.person], root.id, r.title, COMMUNE_TERM, r.since);
  for (const r of STORY_CELL_ROLES) add(storyPeople[r.person], cells[r.cell].id, r.title, CELL_TERM, r.since);

  for (const spec of CELLS) {
    const fixed = new Set(STORY_CELL_ROLES.filter((r) => r.cell === spec.key).map((r) => r.title));
    // Drawn from members of long standing, in activity, of working age.
    const senior = infos.filter((i) => i.cell === spec.key && i.current && i.storyKey === null
      && i.member.standing === 'official' && i.member.state === 'active' && i.member.admission_date! <= '2020-06-30');
    let pool = senior.filter((i) => ageOn(i.person.birth_date!, today) >= 28 && ageOn(i.person.birth_date!, today) <= 66);
    // Long after DEMO_TODAY a small cell may have nobody of working age left among them: then an elder serves.
    if (pool.length === 0) pool = senior;
    const wanted: PositionTitle[] = ['cell_secretary'];
    if (spec.size >= DEPUTY_FROM) wanted.push('cell_deputy');
    if (spec.size >= COMMITTEE_FROM) wanted.push('cell_committee');
    for (const title of wanted) {
      if (fixed.has(title) || pool.length === 0) continue;
      // A secretary is preferably someone with political theory training, and in most cells a man.
      let candidates = pool;
      if (title === 'cell_secretary') {
        const trained = pool.filter((i) => i.member.theory_level !== 'none');
        if (trained.length > 0) candidates = trained;
        const men = candidates.filter((i) => i.person.gender === 'male');
        if (men.length > 0 && rng.chance(0.8)) candidates = men;
      }
      const chosen = rng.pick(candidates);
      pool.splice(pool.indexOf(chosen), 1);
      if (title === 'cell_secretary' && chosen.member.theory_level === 'none') chosen.member.theory_level = 'so_cap';
      const since = minDate(rng.date(maxDate(addYears(chosen.member.official_date!, 2), '2010-01-01'), '2025-05-31'), electedBy);
      add(chosen.person.id, cells[spec.key].id, title, CELL_TERM, since);
    }
  }

  const orgOverseers: OverseerRow[] = [];
  for (const [person, cellKeys] of Object.entries(OVERSEERS)) {
    for (const key of cellKeys) {
      orgOverseers.push({ id: rng.uuid(), org_id: cells[key].id, person_id: storyPeople[person], started_on: OVERSEERS_SINCE, ended_on: null });
    }
  }
  return { positions, orgOverseers };
}
