-- Training of members (bồi dưỡng, học tập): the party-awareness course (HD 61-HD/BTGTW 2022, before admission),
-- the new-member course (HD 60-HD/BTGTW 2022, during probation; its certificate goes into the file for becoming
-- official), political theory (QĐ 57-QĐ/TW 2022: sơ cấp, trung cấp, cao cấp), the yearly study of new resolutions.
-- The organiser is kept as text: which body issues certificates since the 2025 reorganization is not confirmed.
CREATE TABLE training_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  kind text NOT NULL CHECK (kind IN ('party_awareness', 'new_member', 'theory_basic', 'theory_intermediate', 'theory_advanced',
                                     'resolution_study', 'refresher', 'other')),
  title text NOT NULL,
  organiser text,
  place text,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on)
);
CREATE INDEX training_courses_org_idx ON training_courses (org_id, starts_on);

-- Who took part and how it ended. A course taken before chibo (or elsewhere) is a record without a course,
-- carrying its own kind, title, organiser and dates.
CREATE TABLE training_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid REFERENCES training_courses(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people(id),
  status text NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'attended', 'completed', 'not_completed', 'absent')),
  result text,
  certificate_no text,
  certificate_date date,
  own_kind text CHECK (own_kind IN ('party_awareness', 'new_member', 'theory_basic', 'theory_intermediate', 'theory_advanced',
                                    'resolution_study', 'refresher', 'other')),
  own_title text,
  own_organiser text,
  own_from date,
  own_to date,
  updated_by uuid REFERENCES accounts(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((course_id IS NULL) = (own_kind IS NOT NULL AND own_title IS NOT NULL AND own_to IS NOT NULL)),
  CHECK (certificate_no IS NULL OR status = 'completed')
);
CREATE UNIQUE INDEX training_records_course_person ON training_records (course_id, person_id) WHERE course_id IS NOT NULL;
CREATE INDEX training_records_person_idx ON training_records (person_id);
