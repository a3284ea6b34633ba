-- The committee's year (QĐ 296-QĐ/TW 2025, ongoing supervision): the committee member in charge of a
-- cell attends its meetings and reports after each one on how the cell led, its members' thinking and
-- mood, what residents say, and what he proposes to the committee.
CREATE TABLE overseer_observations (
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people(id),
  leadership text NOT NULL,
  mood text NOT NULL,
  residents text,
  proposals text,
  written_by uuid REFERENCES accounts(id),
  written_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX overseer_observations_person_idx ON overseer_observations (person_id);
CREATE INDEX org_overseers_person_idx ON org_overseers (person_id);
