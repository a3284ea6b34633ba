-- The members a dashboard counts are those with 2 months or more of a year under a rule (the rules' first threshold,
-- ABSENCE_WARNING_MONTHS in src/domain): at province scale about a quarter of the members with a row. `most` is the
-- larger of the year's two month counts, kept by the database with the row, so that the dashboard and its list of
-- names read only the rows that can reach a warning (a partial index on the year), and the month counts use the
-- built-in bit_count rather than text.
CREATE OR REPLACE FUNCTION months_upto(mask integer, upto integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT bit_count(((mask & ((2 << upto) - 1))::bit(13)))::int
$$;

ALTER TABLE member_year_months
  ADD COLUMN most integer GENERATED ALWAYS AS (greatest(bit_count(absence::bit(13)), bit_count(dues::bit(13)))::int) STORED;
CREATE INDEX member_year_months_warned_idx ON member_year_months (year, person_id) WHERE most >= 2;
ANALYZE member_year_months;
