-- The absence rule's records kept with the other per-meeting totals (0019_figure_totals): the members invited as
-- members who were absent without reason at a meeting. The absence rule (Charter art. 8; QĐ 24-QĐ/TW) counts only
-- these, and reading them from the roll calls of a province's year took most of a province dashboard's time
-- (docs/benchmarks.md). Recomputed with the rest of the meeting's totals by the same triggers.
CREATE TABLE meeting_unexcused (
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  PRIMARY KEY (meeting_id, person_id)
);

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
  DELETE FROM meeting_dues_unpaid t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_dues_unpaid (meeting_id, person_id)
  SELECT DISTINCT i.meeting_id, i.person_id
    FROM unnest(ids) AS k(id) JOIN meeting_dues_totals c ON c.meeting_id = k.id
    JOIN invitations i ON i.meeting_id = k.id AND i.role IN ('member', 'exempt') AND i.person_id IS NOT NULL
    LEFT JOIN dues_payments d ON d.meeting_id = i.meeting_id AND d.person_id = i.person_id
   WHERE d.id IS NULL OR d.amount_paid = 0 OR d.amount_paid < coalesce(d.expected, 0);
  DELETE FROM meeting_unexcused t USING unnest(ids) AS k(id) WHERE t.meeting_id = k.id;
  INSERT INTO meeting_unexcused (meeting_id, person_id)
  SELECT DISTINCT i.meeting_id, i.person_id
    FROM unnest(ids) AS k(id) JOIN invitations i ON i.meeting_id = k.id AND i.role = 'member' AND i.person_id IS NOT NULL
    JOIN attendance a ON a.invitation_id = i.id AND a.status = 'absent_unexcused';
END $$;

INSERT INTO meeting_unexcused (meeting_id, person_id)
SELECT DISTINCT i.meeting_id, i.person_id
  FROM invitations i JOIN attendance a ON a.invitation_id = i.id AND a.status = 'absent_unexcused'
 WHERE i.role = 'member' AND i.person_id IS NOT NULL;
