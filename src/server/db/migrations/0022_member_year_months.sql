-- One dues rule, and each member's year under the absence and dues rules kept by the database.
--
-- The dues rule is duesMonthUnpaid in src/domain/meetings/dues.ts (QĐ 342-QĐ/TW; Charter, QĐ 24/2021 kept in
-- QĐ 294-QĐ/TW 2025): the month of a held regular meeting (regular, combined or expanded) to which a member was
-- summoned as a member or an exempt member (active or temporarily exempt at the time) counts as unpaid unless the cell
-- accepted a valid reason, when nothing was recorded for the member, nothing was paid, or less than the expected amount
-- recorded for that month. The absence rule is absenceStatus in src/domain/meetings/absence.ts: the month of a held
-- regular meeting at which a member summoned as a member was absent without reason. The rules count months; a member
-- is warned at 2 months of a year and flagged at 3 (the software never removes).
--
-- member_year_months keeps, for each member and year, the months that count under each rule as bits (bit m set:
-- month m counts), so that a dashboard counts a province's members under warning per cell from one row per member
-- instead of reading a year of roll calls and payments (docs/benchmarks.md). Only years with a month that counts
-- have a row.
--
-- How it stays correct: the statement-level triggers of 0019 (invitations, attendance, dues payments) and a new one on
-- meetings (state, kind, date or original date changed) recompute, inside the writing transaction, the years of exactly
-- the members the statement touched, from the records themselves. A correction of approved minutes (reopened, roll
-- call or dues corrected, approved again) changes them when it commits; a deleted meeting takes its invitations with
-- it, whose trigger recomputes their members.
--
-- The per-meeting list of members who did not pay where the cell collected (meeting_dues_unpaid, 0019) followed the
-- other rule (only meetings with a payment, a missing expected amount taken as 0, no accepted reason): it goes.
DROP TABLE meeting_dues_unpaid;

CREATE TABLE member_year_months (
  person_id uuid NOT NULL,
  year integer NOT NULL,
  absence integer NOT NULL DEFAULT 0,
  dues integer NOT NULL DEFAULT 0,
  PRIMARY KEY (person_id, year)
);
CREATE INDEX member_year_months_year_idx ON member_year_months (year);

-- Months of `mask` (bits 1..12) up to and including month `upto`.
CREATE FUNCTION months_upto(mask integer, upto integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT length(replace(((mask & ((2 << upto) - 1))::bit(13))::text, '0', ''))
$$;

-- Recomputes every year of the given members from their invitations, roll calls and payments.
CREATE FUNCTION refresh_member_years(persons uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF persons IS NULL OR cardinality(persons) = 0 THEN RETURN; END IF;
  DELETE FROM member_year_months y USING unnest(persons) AS k(id) WHERE y.person_id = k.id;
  INSERT INTO member_year_months (person_id, year, absence, dues)
  SELECT person_id, year, bit_or(absent), bit_or(unpaid)
    FROM (
      SELECT i.person_id, extract(year FROM coalesce(m.original_date, m.date))::int AS year,
             CASE WHEN i.role = 'member' AND a.status = 'absent_unexcused'
                  THEN 1 << extract(month FROM coalesce(m.original_date, m.date))::int ELSE 0 END AS absent,
             CASE WHEN i.role IN ('member', 'exempt') AND coalesce(i.member_state, 'active') IN ('active', 'temp_exempt')
                   AND (d.id IS NULL OR (NOT d.reason_accepted AND (d.amount_paid = 0 OR d.amount_paid < coalesce(d.expected, 0))))
                  THEN 1 << extract(month FROM coalesce(m.original_date, m.date))::int ELSE 0 END AS unpaid
        FROM (SELECT DISTINCT id FROM unnest(persons) AS k(id) WHERE id IS NOT NULL) k
        JOIN invitations i ON i.person_id = k.id
        JOIN meetings m ON m.id = i.meeting_id AND m.status IN ('held', 'approved') AND m.type IN ('regular', 'combined', 'expanded')
        LEFT JOIN attendance a ON a.invitation_id = i.id
        LEFT JOIN dues_payments d ON d.meeting_id = i.meeting_id AND d.person_id = i.person_id
    ) x
   GROUP BY 1, 2
  HAVING bit_or(absent) <> 0 OR bit_or(unpaid) <> 0;
END $$;

-- The per-meeting totals of 0019 without the list that goes.
CREATE OR REPLACE FUNCTION refresh_meeting_totals(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM meetings m JOIN unnest(ids) AS k(id) ON k.id = m.id ORDER BY m.id FOR NO KEY UPDATE OF m;
  DELETE FROM meeting_roll_totals t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_roll_totals (meeting_id, role, standing, member_state, status, n)
  SELECT i.meeting_id, i.role, coalesce(i.standing, 'official'), coalesce(i.member_state, 'active'),
         coalesce(a.status, 'not_recorded'), count(*)
    FROM unnest(ids) AS k(id) JOIN invitations i ON i.meeting_id = k.id
    LEFT JOIN attendance a ON a.invitation_id = i.id
   GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM meeting_dues_totals t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_dues_totals (meeting_id, payments, payers, paid, expected)
  SELECT d.meeting_id, count(*), count(*) FILTER (WHERE d.amount_paid > 0), sum(d.amount_paid), coalesce(sum(d.expected), 0)
    FROM unnest(ids) AS k(id) JOIN dues_payments d ON d.meeting_id = k.id
   GROUP BY 1;
  DELETE FROM meeting_unexcused t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_unexcused (meeting_id, person_id)
  SELECT DISTINCT i.meeting_id, i.person_id
    FROM unnest(ids) AS k(id) JOIN invitations i ON i.meeting_id = k.id AND i.role = 'member' AND i.person_id IS NOT NULL
    JOIN attendance a ON a.invitation_id = i.id AND a.status = 'absent_unexcused';
END $$;

-- The members a statement touched: from the rows themselves (invitations, dues payments), through the invitation
-- (attendance), or everyone summoned to a meeting whose state, kind or dates changed.
CREATE OR REPLACE FUNCTION meeting_totals_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'attendance' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM new_rows));
      PERFORM refresh_member_years(ARRAY(SELECT DISTINCT i.person_id FROM new_rows r JOIN invitations i ON i.id = r.invitation_id));
    ELSIF TG_OP = 'UPDATE' THEN
      PERFORM refresh_meeting_totals(ARRAY(SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows));
      PERFORM refresh_member_years(ARRAY(SELECT i.person_id FROM (SELECT invitation_id FROM new_rows UNION SELECT invitation_id FROM old_rows) r
                                           JOIN invitations i ON i.id = r.invitation_id));
    ELSE
      PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM old_rows));
      PERFORM refresh_member_years(ARRAY(SELECT DISTINCT i.person_id FROM old_rows r JOIN invitations i ON i.id = r.invitation_id));
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM new_rows));
    PERFORM refresh_member_years(ARRAY(SELECT DISTINCT person_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_meeting_totals(ARRAY(SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows));
    PERFORM refresh_member_years(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
  ELSE
    PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM old_rows));
    PERFORM refresh_member_years(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_years_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_member_years(ARRAY(
    SELECT DISTINCT i.person_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN invitations i ON i.meeting_id = n.id
     WHERE (n.status, n.type, n.date, n.original_date) IS DISTINCT FROM (o.status, o.type, o.date, o.original_date)));
  RETURN NULL;
END $$;

CREATE TRIGGER meetings_years_upd AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_years_after_update();

-- The years of the members already recorded.
SELECT refresh_member_years(ARRAY(SELECT DISTINCT person_id FROM invitations WHERE person_id IS NOT NULL));
