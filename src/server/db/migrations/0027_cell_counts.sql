-- Each cell's members counted by standing and state, and by their months under the absence and dues rules, kept by
-- the database.
--
-- A dashboard shows, for every cell of the unit, its members (active, exempt, temporarily exempt; official or
-- probationary) and how many of them are under the absence or dues rule. Counting them on each request joins every
-- open official membership of the subtree with its member and his year (member_year_months, 0022): at a province's
-- scale (100,000 memberships and members) the two largest statements of the province's dashboard (docs/benchmarks.md).
-- The database now keeps both counts per unit, so a dashboard reads a few rows per cell:
-- - cell_member_counts: current members (open official membership) of each unit by standing and state;
-- - cell_rule_counts: for each unit, year and month `upto` (1..12), its current members counted by the number of
--   months from January to `upto` that count under the absence rule and under the dues rule (months_upto of their
--   member_year_months row; the dues months only for members still under the rule: active, exempt, temporarily exempt,
--   suspended), only the pairs where one of the two reaches the rules' first threshold (2 months, the list's and the
--   partial index's bound): the domain's absenceLevel and duesLevel decide warning and flag from the pair.
--
-- How they stay correct: statement-level triggers recompute, inside the writing transaction, the rows of exactly the
-- units a statement touched, from the records themselves:
-- - memberships (opened, closed, transferred, deleted; a temporary membership counts nowhere): the units of the rows
--   that counted before or count after the statement;
-- - members (standing or state changed, added, deleted): the units of their open official memberships;
-- - member_year_months (rewritten by the triggers of invitations, attendance, dues payments and meetings whenever a
--   roll call, a payment or a meeting changes, 0022): the units of the members whose years were rewritten.
-- The members' rows and then the units' rows are locked first, in that order, so that a member's state or year changed
-- at the same moment as his transfer is counted in the unit he ends in, and two writers of one unit count one after
-- the other.
CREATE TABLE cell_member_counts (
  org_id uuid NOT NULL,
  standing text NOT NULL,
  state text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (org_id, standing, state)
);

CREATE TABLE cell_rule_counts (
  org_id uuid NOT NULL,
  year integer NOT NULL,
  upto integer NOT NULL,
  absence integer NOT NULL,
  dues integer NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (org_id, year, upto, absence, dues)
);
CREATE INDEX cell_rule_counts_month_idx ON cell_rule_counts (year, upto);

-- Recomputes both counts of the given units from their open official memberships, their members and their years.
CREATE FUNCTION refresh_cell_counts(ids uuid[], members_too boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM orgs o JOIN (SELECT DISTINCT id FROM unnest(ids) AS k(id)) k ON k.id = o.id ORDER BY o.id FOR NO KEY UPDATE OF o;
  IF members_too THEN
    DELETE FROM cell_member_counts c USING unnest(ids) AS k(id) WHERE c.org_id = k.id;
    INSERT INTO cell_member_counts (org_id, standing, state, n)
    SELECT ms.org_id, mb.standing, mb.state, count(*)
      FROM (SELECT DISTINCT id FROM unnest(ids) AS k(id) WHERE id IS NOT NULL) k
      JOIN memberships ms ON ms.org_id = k.id AND ms.ended_on IS NULL AND ms.kind = 'official'
      JOIN members mb ON mb.person_id = ms.person_id
     GROUP BY 1, 2, 3;
  END IF;
  DELETE FROM cell_rule_counts c USING unnest(ids) AS k(id) WHERE c.org_id = k.id;
  INSERT INTO cell_rule_counts (org_id, year, upto, absence, dues, n)
  SELECT org_id, year, upto, absence, dues, count(*)
    FROM (
      SELECT ms.org_id, y.year, u.upto, months_upto(y.absence, u.upto) AS absence,
             CASE WHEN mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended') THEN months_upto(y.dues, u.upto) ELSE 0 END AS dues
        FROM (SELECT DISTINCT id FROM unnest(ids) AS k(id) WHERE id IS NOT NULL) k
        JOIN memberships ms ON ms.org_id = k.id AND ms.ended_on IS NULL AND ms.kind = 'official'
        JOIN members mb ON mb.person_id = ms.person_id
        JOIN member_year_months y ON y.person_id = ms.person_id AND y.most >= 2
        CROSS JOIN generate_series(1, 12) AS u(upto)
    ) x
   WHERE absence >= 2 OR dues >= 2
   GROUP BY 1, 2, 3, 4, 5;
END $$;

-- Locks the given members' rows (in order), then recomputes the units of their open official memberships as they are
-- once the locks are held.
CREATE FUNCTION refresh_cells_of_members(persons uuid[], members_too boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF persons IS NULL OR cardinality(persons) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM members mb JOIN (SELECT DISTINCT id FROM unnest(persons) AS k(id)) k ON k.id = mb.person_id
    ORDER BY mb.person_id FOR NO KEY UPDATE OF mb;
  PERFORM refresh_cell_counts(ARRAY(
    SELECT DISTINCT ms.org_id FROM memberships ms JOIN unnest(persons) AS k(id) ON k.id = ms.person_id
     WHERE ms.ended_on IS NULL AND ms.kind = 'official'), members_too);
END $$;

-- Memberships: the units of the rows that counted before or count after the statement (official and open), their
-- members' rows locked first.
CREATE FUNCTION cell_counts_after_membership() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
  persons uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT DISTINCT org_id FROM new_rows WHERE ended_on IS NULL AND kind = 'official');
    persons := ARRAY(SELECT DISTINCT person_id FROM new_rows WHERE ended_on IS NULL AND kind = 'official');
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only the rows whose unit, member, kind or openness changed, on the side (before, after) where they count.
    touched := ARRAY(
      SELECT DISTINCT c.org_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (n.org_id, n.ended_on IS NULL AND n.kind = 'official'),
                                  (o.org_id, o.ended_on IS NULL AND o.kind = 'official')) AS c(org_id, counts)
       WHERE c.counts AND (n.org_id, n.person_id, n.kind, n.ended_on IS NULL) IS DISTINCT FROM (o.org_id, o.person_id, o.kind, o.ended_on IS NULL));
    persons := ARRAY(
      SELECT DISTINCT c.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (n.person_id, n.ended_on IS NULL AND n.kind = 'official'),
                                  (o.person_id, o.ended_on IS NULL AND o.kind = 'official')) AS c(person_id, counts)
       WHERE c.counts AND (n.org_id, n.person_id, n.kind, n.ended_on IS NULL) IS DISTINCT FROM (o.org_id, o.person_id, o.kind, o.ended_on IS NULL));
  ELSE
    touched := ARRAY(SELECT DISTINCT org_id FROM old_rows WHERE ended_on IS NULL AND kind = 'official');
    persons := ARRAY(SELECT DISTINCT person_id FROM old_rows WHERE ended_on IS NULL AND kind = 'official');
  END IF;
  IF cardinality(touched) = 0 THEN RETURN NULL; END IF;
  PERFORM 1 FROM members mb JOIN (SELECT DISTINCT id FROM unnest(persons) AS k(id)) k ON k.id = mb.person_id
    ORDER BY mb.person_id FOR NO KEY UPDATE OF mb;
  PERFORM refresh_cell_counts(touched, true);
  RETURN NULL;
END $$;

-- Members: the units of the members whose standing or state changed, who were added or who were deleted.
CREATE FUNCTION cell_counts_after_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_cells_of_members(ARRAY(SELECT person_id FROM new_rows), true);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_cells_of_members(ARRAY(
      SELECT n.person_id FROM new_rows n LEFT JOIN old_rows o ON o.person_id = n.person_id
       WHERE (n.standing, n.state) IS DISTINCT FROM (o.standing, o.state)
      UNION
      SELECT o.person_id FROM old_rows o LEFT JOIN new_rows n ON n.person_id = o.person_id WHERE n.person_id IS NULL), true);
  ELSE
    PERFORM refresh_cell_counts(ARRAY(
      SELECT DISTINCT ms.org_id FROM memberships ms JOIN old_rows o ON o.person_id = ms.person_id
       WHERE ms.ended_on IS NULL AND ms.kind = 'official'), true);
  END IF;
  RETURN NULL;
END $$;

-- Members' years rewritten: the units of those members (their rule counts only).
CREATE FUNCTION cell_counts_after_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_cells_of_members(ARRAY(SELECT DISTINCT person_id FROM new_rows), false);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_cells_of_members(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows), false);
  ELSE
    PERFORM refresh_cells_of_members(ARRAY(SELECT DISTINCT person_id FROM old_rows), false);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER memberships_counts_ins AFTER INSERT ON memberships REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_membership();
CREATE TRIGGER memberships_counts_upd AFTER UPDATE ON memberships REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_membership();
CREATE TRIGGER memberships_counts_del AFTER DELETE ON memberships REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_membership();
CREATE TRIGGER members_counts_ins AFTER INSERT ON members REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_member();
CREATE TRIGGER members_counts_upd AFTER UPDATE ON members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_member();
CREATE TRIGGER members_counts_del AFTER DELETE ON members REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_member();
CREATE TRIGGER member_years_counts_ins AFTER INSERT ON member_year_months REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_year();
CREATE TRIGGER member_years_counts_upd AFTER UPDATE ON member_year_months REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_year();
CREATE TRIGGER member_years_counts_del AFTER DELETE ON member_year_months REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cell_counts_after_year();

-- The meetings of a period are chosen by their month (the original date of a moved meeting, else the date) across a
-- whole subtree: an index on it, instead of a scan of every meeting (a province: 105,000 meetings for the 3,000 of a
-- month). Whether a committee member in charge was summoned to and came to a meeting is read from the roll-call totals'
-- few rows of that role: a partial index, instead of a scan of all 580,000 rows of totals for each period.
CREATE INDEX meetings_month_idx ON meetings ((coalesce(original_date, date)));
CREATE INDEX meeting_roll_totals_overseer_idx ON meeting_roll_totals (meeting_id, status) WHERE role = 'overseer';
ANALYZE meetings;
ANALYZE meeting_roll_totals;

-- The counts of the members and years already recorded.
SELECT refresh_cell_counts(ARRAY(SELECT DISTINCT org_id FROM memberships WHERE ended_on IS NULL AND kind = 'official'), true);
ANALYZE cell_member_counts;
ANALYZE cell_rule_counts;
