-- Approved minutes are protected by the database itself, whatever client writes to it:
-- - a trigger refuses changing or deleting an approved version (a correction is a new version; voiding a
--   document number changes document_numbers and the meeting, never a stored version);
-- - each version is sealed when it is inserted: content_hash is the SHA-256 of its content (meeting,
--   version, unit, place in the unit's chain, when and by whom approved, correction reason, the approved
--   text), and hash is the SHA-256 of the unit's previous version's hash followed by content_hash. Changing
--   or removing a version breaks the chain from there on; src/server/modules/integrity verifies it.
-- Runs unchanged on PGlite and PostgreSQL 15 (sha256() is built in since PostgreSQL 11).

ALTER TABLE minutes_versions ADD COLUMN org_id uuid REFERENCES orgs(id);
ALTER TABLE minutes_versions ADD COLUMN chain_seq integer;
ALTER TABLE minutes_versions ADD COLUMN content_hash text;
ALTER TABLE minutes_versions ADD COLUMN prev_hash text;
ALTER TABLE minutes_versions ADD COLUMN hash text;

-- The sealed content as one canonical text: a JSON array (unambiguous, the same on every PostgreSQL).
CREATE FUNCTION minutes_content(v minutes_versions) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    'chibo-minutes-v1', v.meeting_id, v.version, v.org_id, v.chain_seq,
    to_char(v.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    v.approved_by, v.correction_reason, v.snapshot
  )::text
$$;

CREATE FUNCTION minutes_sha256(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex')
$$;

-- Seals a new version onto the end of its unit's chain. The advisory lock makes approvals of one unit
-- take their place in the chain one after the other (two cannot both follow the same version).
CREATE FUNCTION minutes_versions_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  prev record;
BEGIN
  SELECT m.org_id INTO NEW.org_id FROM meetings m WHERE m.id = NEW.meeting_id;
  PERFORM pg_advisory_xact_lock(727275, hashtext(NEW.org_id::text));
  SELECT v.chain_seq, v.hash INTO prev FROM minutes_versions v
   WHERE v.org_id = NEW.org_id ORDER BY v.chain_seq DESC LIMIT 1;
  NEW.chain_seq := coalesce(prev.chain_seq, 0) + 1;
  NEW.prev_hash := prev.hash;
  NEW.content_hash := minutes_sha256(minutes_content(NEW));
  NEW.hash := minutes_sha256(coalesce(NEW.prev_hash, '') || NEW.content_hash);
  RETURN NEW;
END
$$;

-- Versions approved before this migration are sealed in the order they were approved.
CREATE FUNCTION minutes_versions_seal_existing() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  r record;
  n integer := 0;
  prev_seq integer;
  prev_h text;
  v minutes_versions;
BEGIN
  FOR r IN SELECT mv.id, m.org_id FROM minutes_versions mv JOIN meetings m ON m.id = mv.meeting_id
            ORDER BY m.org_id, mv.approved_at, mv.meeting_id, mv.version LOOP
    SELECT x.chain_seq, x.hash INTO prev_seq, prev_h FROM minutes_versions x
     WHERE x.org_id = r.org_id ORDER BY x.chain_seq DESC LIMIT 1;
    SELECT * INTO v FROM minutes_versions WHERE id = r.id;
    v.org_id := r.org_id;
    v.chain_seq := coalesce(prev_seq, 0) + 1;
    v.prev_hash := prev_h;
    v.content_hash := minutes_sha256(minutes_content(v));
    v.hash := minutes_sha256(coalesce(v.prev_hash, '') || v.content_hash);
    UPDATE minutes_versions SET org_id = v.org_id, chain_seq = v.chain_seq, prev_hash = v.prev_hash,
           content_hash = v.content_hash, hash = v.hash WHERE id = r.id;
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;

SELECT minutes_versions_seal_existing();

DROP FUNCTION minutes_versions_seal_existing();

ALTER TABLE minutes_versions ALTER COLUMN org_id SET NOT NULL;
ALTER TABLE minutes_versions ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE minutes_versions ALTER COLUMN content_hash SET NOT NULL;
ALTER TABLE minutes_versions ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX minutes_versions_chain_unique ON minutes_versions (org_id, chain_seq);

CREATE TRIGGER minutes_versions_seal BEFORE INSERT ON minutes_versions
  FOR EACH ROW EXECUTE FUNCTION minutes_versions_seal();

-- An approved version is never changed or deleted: not by the application, not by hand in psql.
-- (Columns added later that are not part of the sealed content, such as a cache, may still change.)
CREATE FUNCTION minutes_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'Biên bản đã thông qua không được xóa (approved minutes cannot be deleted)'
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'chibo_minutes_immutable';
  END IF;
  IF (NEW.id, NEW.meeting_id, NEW.version, NEW.snapshot, NEW.approved_at, NEW.approved_by, NEW.correction_reason,
      NEW.org_id, NEW.chain_seq, NEW.content_hash, NEW.prev_hash, NEW.hash)
     IS DISTINCT FROM
     (OLD.id, OLD.meeting_id, OLD.version, OLD.snapshot, OLD.approved_at, OLD.approved_by, OLD.correction_reason,
      OLD.org_id, OLD.chain_seq, OLD.content_hash, OLD.prev_hash, OLD.hash) THEN
    RAISE EXCEPTION 'Biên bản đã thông qua không được sửa; hãy mở để sửa và thông qua phiên bản mới (approved minutes cannot be changed; a correction is a new version)'
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'chibo_minutes_immutable';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER minutes_versions_immutable BEFORE UPDATE OR DELETE ON minutes_versions
  FOR EACH ROW EXECUTE FUNCTION minutes_versions_refuse_change();

CREATE TRIGGER minutes_versions_no_truncate BEFORE TRUNCATE ON minutes_versions
  FOR EACH STATEMENT EXECUTE FUNCTION minutes_versions_refuse_change();
