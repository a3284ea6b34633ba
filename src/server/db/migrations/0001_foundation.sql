-- chibo foundation: organization tree, people and party members, positions, partner units,
-- accounts, grants, sessions and the audit log. Runs unchanged on PGlite and PostgreSQL 15.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Units: the commune committee (đảng bộ xã), intermediate units (đảng bộ bộ phận) and cells (chi bộ).
-- path holds the ids from the root down to the unit itself: '/<root>/<child>/'. A subtree is a prefix.
CREATE TABLE orgs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id uuid REFERENCES orgs(id),
  path text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('committee', 'sub_committee', 'cell')),
  name text NOT NULL,
  place text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'dissolved')),
  merged_into_id uuid REFERENCES orgs(id),
  ended_on date,
  ended_reason text,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orgs_parent_idx ON orgs (parent_id);
CREATE INDEX orgs_path_idx ON orgs (path text_pattern_ops);

-- Every name a unit has had, so that history shows a unit under the name it had then.
CREATE TABLE org_names (
  id bigserial PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  name text NOT NULL,
  valid_from date NOT NULL,
  valid_to date
);
CREATE INDEX org_names_org_idx ON org_names (org_id, valid_from);

-- Anyone chibo knows: party members, contacts of partner units, guests.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  name_search text NOT NULL,
  birth_date date,
  gender text CHECK (gender IN ('male', 'female')),
  ethnicity text,
  religion text,
  phone text,
  email text,
  citizen_id text,
  address text,
  education text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_name_trgm_idx ON people USING gin (name_search gin_trgm_ops);

-- The party record of a person. standing: chính thức / dự bị; state: in activity, exempt, or gone.
CREATE TABLE members (
  person_id uuid PRIMARY KEY REFERENCES people(id),
  card_no text UNIQUE,
  admission_date date,
  official_date date,
  standing text NOT NULL CHECK (standing IN ('probationary', 'official')),
  state text NOT NULL DEFAULT 'active'
    CHECK (state IN ('active', 'exempt', 'temp_exempt', 'transferred_out', 'deceased', 'removed')),
  theory_level text CHECK (theory_level IN ('none', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan')),
  dues_category text NOT NULL DEFAULT 'working_age'
    CHECK (dues_category IN ('salaried', 'pensioner', 'working_age', 'outside_working_age')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Where a member belongs (sinh hoạt đảng), over time. A transfer closes one row and opens another.
CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people(id),
  org_id uuid NOT NULL REFERENCES orgs(id),
  kind text NOT NULL DEFAULT 'official' CHECK (kind IN ('official', 'temporary')),
  started_on date NOT NULL,
  ended_on date,
  end_reason text
);
CREATE INDEX memberships_org_idx ON memberships (org_id) WHERE ended_on IS NULL;
CREATE INDEX memberships_person_idx ON memberships (person_id);
CREATE UNIQUE INDEX memberships_one_open_official ON memberships (person_id)
  WHERE ended_on IS NULL AND kind = 'official';

-- Status changes with their dates and reasons (kết nạp, công nhận chính thức, miễn sinh hoạt, ...).
CREATE TABLE member_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people(id),
  kind text NOT NULL,
  effective_on date NOT NULL,
  reason text,
  decision_ref text,
  from_org_id uuid REFERENCES orgs(id),
  to_org_id uuid REFERENCES orgs(id),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_events_person_idx ON member_events (person_id, effective_on);

CREATE TABLE positions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people(id),
  org_id uuid NOT NULL REFERENCES orgs(id),
  title text NOT NULL CHECK (title IN ('cell_secretary', 'cell_deputy', 'cell_committee',
    'commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member')),
  term_label text,
  started_on date NOT NULL,
  ended_on date
);
CREATE INDEX positions_org_idx ON positions (org_id);
CREATE INDEX positions_person_idx ON positions (person_id);

-- Committee members in charge of cells (đảng ủy viên phụ trách chi bộ).
CREATE TABLE org_overseers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  person_id uuid NOT NULL REFERENCES people(id),
  started_on date NOT NULL,
  ended_on date
);
CREATE INDEX org_overseers_org_idx ON org_overseers (org_id);

-- Organizations that are not party units: mass organizations, front work committee, police, militia.
CREATE TABLE partner_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  kind text NOT NULL CHECK (kind IN ('women', 'farmers', 'youth', 'veterans', 'front', 'police',
    'militia', 'village_head', 'other')),
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_units_org_idx ON partner_units (org_id);

CREATE TABLE partner_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_unit_id uuid NOT NULL REFERENCES partner_units(id),
  person_id uuid NOT NULL REFERENCES people(id),
  title text NOT NULL,
  started_on date NOT NULL,
  ended_on date
);
CREATE INDEX partner_contacts_unit_idx ON partner_contacts (partner_unit_id);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid UNIQUE REFERENCES people(id),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
  must_change_password boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A grant covers the organization's whole subtree; a system admin's grant has no organization.
CREATE TABLE grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts(id),
  role text NOT NULL CHECK (role IN ('admin', 'leader', 'secretary', 'overseer', 'member')),
  org_id uuid REFERENCES orgs(id),
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'admin') = (org_id IS NULL))
);
CREATE INDEX grants_account_idx ON grants (account_id);
CREATE UNIQUE INDEX grants_unique ON grants (account_id, role, coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Sessions live in the database so that any instance can serve a request and a session can be revoked.
-- id is the SHA-256 of the cookie token: a database leak does not leak live sessions.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid REFERENCES accounts(id),
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  org_path text,
  summary text,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_org_path_idx ON audit_log (org_path text_pattern_ops);
