-- Large-text mode (older members on small phones): a setting of the person's account, so it follows her to
-- any phone she signs in on. Remembered like the language (accounts.locale).
ALTER TABLE accounts ADD COLUMN large_text boolean NOT NULL DEFAULT false;
