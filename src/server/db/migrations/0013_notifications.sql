-- Notifications: scheduled and queued work in a job table (claimed with FOR UPDATE SKIP LOCKED, so that several app
-- instances on one PostgreSQL run each job once, and PGlite runs the same SQL), the notifications each person sees in
-- the app, their choices per kind and channel, and how far the audit log has been read for events.

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- A job that must exist once (the day's reminders, one e-mail of one notification) names itself here.
  dedupe_key text UNIQUE,
  run_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  -- A running job whose worker died is taken up again after this (a restart loses nothing).
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state IN ('pending', 'running');

-- One notification to one person (or to an account without a person, e.g. the system administrator).
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid REFERENCES people(id),
  account_id uuid REFERENCES accounts(id),
  kind text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  link text,
  -- What the notification is about, so that it is made once ('meeting_notice:<meeting>').
  dedupe_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  CHECK (person_id IS NOT NULL OR account_id IS NOT NULL)
);
CREATE UNIQUE INDEX notifications_once ON notifications ((coalesce(person_id, account_id)), dedupe_key);
CREATE INDEX notifications_person_idx ON notifications (person_id, created_at DESC);
CREATE INDEX notifications_account_idx ON notifications (account_id, created_at DESC);

-- A person's choice per kind and channel ('app', 'email'); no row: on.
CREATE TABLE notification_prefs (
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('app', 'email')),
  enabled boolean NOT NULL,
  PRIMARY KEY (account_id, kind, channel)
);

-- How far a reader of the audit log has gone (events: notice sent, meeting moved, minutes approved, task given…).
CREATE TABLE job_cursors (
  name text PRIMARY KEY,
  position bigint NOT NULL
);
-- Events start from now: an existing installation is not flooded with its past.
INSERT INTO job_cursors (name, position) SELECT 'audit_events', coalesce(max(id), 0) FROM audit_log;
