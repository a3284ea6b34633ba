-- The months in which each member paid dues at a cell's meetings, kept by the database, so that a report over several
-- months counts the members who paid (each once) from one row per member and year instead of reading every payment of
-- the period (a province's year: ~930,000 payments; docs/benchmarks.md).
--
-- dues_paid_months has, for each cell, member and year, the months (bit m set: month m) of the held or approved
-- meetings of that cell, by their month (the original date of a moved meeting, else its date), at which the member paid
-- something (amount_paid > 0). "Members who paid" in a period is the number of rows whose months meet the period's.
--
-- How it stays correct: statement-level triggers on dues_payments (insert, update, delete; a deleted meeting's payments
-- go by cascade, which fires them too) and on meetings (state, cell, date or original date changed) recompute, inside the
-- writing transaction, every row of exactly the members the statement touched, from the payments themselves. A
-- correction of approved minutes (reopened, payments corrected, approved again) changes them when it commits.
CREATE TABLE dues_paid_months (
  org_id uuid NOT NULL,
  person_id uuid NOT NULL,
  year integer NOT NULL,
  months integer NOT NULL,
  PRIMARY KEY (org_id, year, person_id)
);
CREATE INDEX dues_paid_months_person_idx ON dues_paid_months (person_id);

CREATE FUNCTION refresh_dues_paid(persons uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF persons IS NULL OR cardinality(persons) = 0 THEN RETURN; END IF;
  DELETE FROM dues_paid_months p USING (SELECT DISTINCT id FROM unnest(persons) AS k(id)) k WHERE p.person_id = k.id;
  INSERT INTO dues_paid_months (org_id, person_id, year, months)
  SELECT m.org_id, d.person_id, extract(year FROM coalesce(m.original_date, m.date))::int,
         bit_or(1 << extract(month FROM coalesce(m.original_date, m.date))::int)
    FROM (SELECT DISTINCT id FROM unnest(persons) AS k(id) WHERE id IS NOT NULL) k
    JOIN dues_payments d ON d.person_id = k.id AND d.amount_paid > 0
    JOIN meetings m ON m.id = d.meeting_id AND m.status IN ('held', 'approved')
   GROUP BY 1, 2, 3;
END $$;

CREATE FUNCTION dues_paid_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_dues_paid(ARRAY(SELECT person_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_dues_paid(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
  ELSE
    PERFORM refresh_dues_paid(ARRAY(SELECT person_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dues_payments_paid_ins AFTER INSERT ON dues_payments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dues_paid_after_write();
CREATE TRIGGER dues_payments_paid_upd AFTER UPDATE ON dues_payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dues_paid_after_write();
CREATE TRIGGER dues_payments_paid_del AFTER DELETE ON dues_payments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dues_paid_after_write();

CREATE FUNCTION dues_paid_after_meeting_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_dues_paid(ARRAY(
    SELECT DISTINCT d.person_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN dues_payments d ON d.meeting_id = n.id
     WHERE (n.status, n.org_id, n.date, n.original_date) IS DISTINCT FROM (o.status, o.org_id, o.date, o.original_date)));
  RETURN NULL;
END $$;

CREATE TRIGGER meetings_dues_paid_upd AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dues_paid_after_meeting_update();

-- The payments already recorded.
INSERT INTO dues_paid_months (org_id, person_id, year, months)
SELECT m.org_id, d.person_id, extract(year FROM coalesce(m.original_date, m.date))::int,
       bit_or(1 << extract(month FROM coalesce(m.original_date, m.date))::int)
  FROM dues_payments d JOIN meetings m ON m.id = d.meeting_id AND m.status IN ('held', 'approved')
 WHERE d.amount_paid > 0
 GROUP BY 1, 2, 3;
