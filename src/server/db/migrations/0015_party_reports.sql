-- Reports on party building to the upper level (src/server/modules/reports): the narrative the office writes
-- around the computed figures, kept version by version, and the report's number once issued.
-- A report is issued once, with the next number of its unit's "BC" sequence in the numbering scope of the unit
-- (year or committee term, HD 36-HD/VPTW): the unique index stops a number from ever being given twice. The
-- figures as issued are kept (snapshot), so the issued document never changes when minutes are later corrected.
CREATE TABLE party_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  scope_key text,
  seq integer CHECK (seq >= 1),
  number text,
  issued_on date,
  issued_version integer,
  issued_at timestamptz,
  issued_by uuid REFERENCES accounts(id),
  snapshot jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, period),
  CHECK (status = 'draft' OR (seq IS NOT NULL AND number IS NOT NULL AND issued_on IS NOT NULL AND snapshot IS NOT NULL AND issued_version IS NOT NULL))
);
CREATE UNIQUE INDEX party_reports_number_unique ON party_reports (org_id, scope_key, seq) WHERE seq IS NOT NULL;

-- Each save of the narrative is a new version; none is overwritten.
CREATE TABLE party_report_versions (
  report_id uuid NOT NULL REFERENCES party_reports(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  narrative jsonb NOT NULL,
  saved_by uuid REFERENCES accounts(id),
  saved_by_name text,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (report_id, version)
);
