-- chibo scoring: schemes chosen and versioned per unit, who wrote each version, and addenda to approved minutes.
-- Runs unchanged on PGlite and PostgreSQL 15.

-- Who wrote a version of a unit's scoring scheme (scoring_schemes.org_id, 0004, says whose scheme it is).
ALTER TABLE scoring_schemes ADD COLUMN created_by uuid REFERENCES accounts(id);
-- Why a version was written ("Đảng ủy điều chỉnh theo hướng dẫn của Tỉnh ủy").
ALTER TABLE scoring_schemes ADD COLUMN note text;

-- What is added to approved minutes after their approval (bổ sung), instead of changing them: the upper-level
-- confirmation of the score given after the minutes were read back and approved. Each keeps its own time and
-- author and follows the approved version it was added to; it is never changed or deleted.
CREATE TABLE minutes_addenda (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  after_version integer NOT NULL CHECK (after_version >= 1),
  kind text NOT NULL CHECK (kind IN ('score_confirmation')),
  body jsonb NOT NULL,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX minutes_addenda_meeting_idx ON minutes_addenda (meeting_id, created_at);

CREATE FUNCTION minutes_addenda_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Phần bổ sung biên bản không được sửa hay xóa (an addendum to minutes cannot be changed or deleted)'
    USING ERRCODE = 'integrity_constraint_violation', HINT = 'chibo_minutes_immutable';
END
$$;

CREATE TRIGGER minutes_addenda_immutable BEFORE UPDATE OR DELETE ON minutes_addenda
  FOR EACH ROW EXECUTE FUNCTION minutes_addenda_refuse_change();
