-- Stored totals for the figures of dashboards and reports (src/server/modules/dashboard/queries.ts), kept by the
-- database itself: a province's year is ~36,000 meetings and ~1.2 million roll-call rows, too many to count on every
-- request (docs/benchmarks.md). The totals are kept per meeting, that is per cell and month (a cell holds its
-- regular meeting once a month), so that the figures still pick the month's main meeting and read its state, date
-- and score from `meetings` as before.
--
-- How they stay correct: after every statement that inserts, updates or deletes roll-call invitations, attendance or
-- dues payments, a trigger recomputes the totals of exactly the meetings that statement touched, from the rows
-- themselves, inside the same transaction. A correction of approved minutes (the meeting reopened, the roll call
-- corrected, approved again) therefore changes the totals when it commits, and a dashboard and a report, which read
-- the same totals, never disagree. The meeting's row is locked (FOR NO KEY UPDATE: foreign-key checks still pass) while
-- its totals are recomputed, so two roll calls written at once for one meeting are counted one after the other.

-- The roll call of a meeting counted by role, standing and state at invitation, and attendance status
-- ('not_recorded' when nobody recorded it yet): the groups the domain's counting rule (countAttendance) sums.
CREATE TABLE meeting_roll_totals (
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  role text NOT NULL,
  standing text NOT NULL,
  member_state text NOT NULL,
  status text NOT NULL,
  n integer NOT NULL CHECK (n > 0),
  PRIMARY KEY (meeting_id, role, standing, member_state, status)
);

-- Members (invited as members or exempt members) who paid nothing or less than expected at a meeting where the cell
-- collected dues (at least one payment recorded): the records of the dues rule (Charter art. 8).
CREATE TABLE meeting_dues_unpaid (
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_dues_unpaid_person_idx ON meeting_dues_unpaid (person_id);

-- Dues recorded at a meeting: payments, members who paid something, amounts paid and expected (VND).
CREATE TABLE meeting_dues_totals (
  meeting_id uuid PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  payments integer NOT NULL,
  payers integer NOT NULL,
  paid bigint NOT NULL,
  expected bigint NOT NULL
);

-- Recomputes the totals of the given meetings from their rows.
CREATE FUNCTION refresh_meeting_totals(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
  DELETE FROM meeting_dues_unpaid t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_dues_unpaid (meeting_id, person_id)
  SELECT DISTINCT i.meeting_id, i.person_id
    FROM unnest(ids) AS k(id) JOIN meeting_dues_totals c ON c.meeting_id = k.id
    JOIN invitations i ON i.meeting_id = k.id AND i.role IN ('member', 'exempt') AND i.person_id IS NOT NULL
    LEFT JOIN dues_payments d ON d.meeting_id = i.meeting_id AND d.person_id = i.person_id
   WHERE d.id IS NULL OR d.amount_paid = 0 OR d.amount_paid < coalesce(d.expected, 0);
END $$;

-- A statement-level trigger (one recomputation per statement, whatever the number of rows): the meetings of the rows
-- it inserted, updated (before and after) or deleted.
CREATE FUNCTION meeting_totals_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_meeting_totals(ARRAY(SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows));
  ELSE
    PERFORM refresh_meeting_totals(ARRAY(SELECT DISTINCT meeting_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER invitations_totals_ins AFTER INSERT ON invitations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER invitations_totals_upd AFTER UPDATE ON invitations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER invitations_totals_del AFTER DELETE ON invitations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER attendance_totals_ins AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER attendance_totals_upd AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER attendance_totals_del AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER dues_payments_totals_ins AFTER INSERT ON dues_payments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER dues_payments_totals_upd AFTER UPDATE ON dues_payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();
CREATE TRIGGER dues_payments_totals_del AFTER DELETE ON dues_payments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_after_write();

-- The totals of the meetings already recorded.
SELECT refresh_meeting_totals(ARRAY(SELECT id FROM meetings));
