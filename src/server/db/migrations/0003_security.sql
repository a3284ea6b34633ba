-- Security and reliability: idempotent creates (the offline mode replays queued requests with the same
-- Idempotency-Key), login throttling per account, and revocable calendar feeds.

-- One row per (account, key): the first request claims it ('pending'), its answer is stored when it
-- succeeds, and a repeat gets the stored answer instead of a second record. Keys expire after a day.
CREATE TABLE idempotency_keys (
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash text NOT NULL,
  status_code integer,
  content_type text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
