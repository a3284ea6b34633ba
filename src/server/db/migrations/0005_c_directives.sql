-- Dissemination (quán triệt) of the upper level's and the commune's documents: a library with the file stored in
-- the database (reachable from every instance, included in every backup) and its SHA-256; which cells are to
-- disseminate it by when; at which meeting each cell did; and members who took it in outside a meeting.
CREATE TABLE directive_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  number text NOT NULL,
  doc_type text NOT NULL CHECK (doc_type IN ('resolution', 'directive', 'conclusion', 'regulation', 'guidance', 'plan', 'notice', 'other')),
  issuer text NOT NULL,
  issued_on date NOT NULL,
  subject text NOT NULL,
  search text NOT NULL,
  file_name text NOT NULL,
  file_type text NOT NULL CHECK (file_type IN ('pdf', 'docx')),
  file_size integer NOT NULL,
  file_sha256 text NOT NULL,
  file_data bytea NOT NULL,
  disseminate_by date,
  all_cells boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directive_documents_org_idx ON directive_documents (org_id);
CREATE INDEX directive_documents_search_idx ON directive_documents USING gin (search gin_trgm_ops);

-- The cells a document is to be disseminated to, when not all cells of the issuing unit's subtree.
CREATE TABLE dissemination_targets (
  document_id uuid NOT NULL REFERENCES directive_documents(id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES orgs(id),
  PRIMARY KEY (document_id, org_id)
);

-- A cell disseminated the document at a meeting (on an agenda item): members present took it in.
CREATE TABLE disseminations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL REFERENCES directive_documents(id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES orgs(id),
  meeting_id uuid NOT NULL REFERENCES meetings(id),
  agenda_item_id uuid REFERENCES agenda_items(id) ON DELETE SET NULL,
  recorded_by uuid REFERENCES accounts(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, org_id)
);

-- A member who was absent confirms on the phone that they read it (or the secretary records it).
CREATE TABLE document_reads (
  document_id uuid NOT NULL REFERENCES directive_documents(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people(id),
  read_at timestamptz NOT NULL DEFAULT now(),
  method text NOT NULL CHECK (method IN ('self', 'secretary')),
  recorded_by uuid REFERENCES accounts(id),
  PRIMARY KEY (document_id, person_id)
);
