-- Rule A12 (ALLOCATION.md): of a canton's runs for a fiscal year at most one published run is in
-- force, and likewise of a confederal body's settlements of a year. A correction is published with
-- a reason and supersedes the one in force, which stays readable, marked with what replaced it.
--
-- Derby has no partial unique index ("unique where in force"), so the key is portable instead:
-- in_force holds TRUE for the one row in force and NULL for every other row, and a UNIQUE
-- constraint covers (canton, year, in_force). Rows with a NULL in a unique key never clash (Derby
-- and PostgreSQL alike), so any number of drafts and superseded rows coexist, while a second TRUE
-- for the same canton and year is refused by the database itself, also when two publications race.

ALTER TABLE allocation_run ADD COLUMN in_force BOOLEAN;
-- set on a superseded run: the run that replaced it, when, and the reason the correction stated
ALTER TABLE allocation_run ADD COLUMN superseded_by BIGINT;
ALTER TABLE allocation_run ADD COLUMN superseded_at TIMESTAMP;
ALTER TABLE allocation_run ADD COLUMN superseded_reason VARCHAR(2000);

-- Before A12 a canton's year could have several published runs side by side: the one published
-- last stays in force, the others are marked superseded by it.
UPDATE allocation_run SET in_force = TRUE
 WHERE state = 'PUBLISHED'
   AND NOT EXISTS (SELECT 1 FROM allocation_run p
                    WHERE p.canton_code = allocation_run.canton_code
                      AND p.fiscal_year = allocation_run.fiscal_year
                      AND p.state = 'PUBLISHED'
                      AND (p.published_at > allocation_run.published_at
                           OR (p.published_at = allocation_run.published_at AND p.id > allocation_run.id)));
UPDATE allocation_run
   SET superseded_by = (SELECT p.id FROM allocation_run p
                         WHERE p.canton_code = allocation_run.canton_code
                           AND p.fiscal_year = allocation_run.fiscal_year AND p.in_force = TRUE),
       superseded_at = (SELECT p.published_at FROM allocation_run p
                         WHERE p.canton_code = allocation_run.canton_code
                           AND p.fiscal_year = allocation_run.fiscal_year AND p.in_force = TRUE),
       superseded_reason = 'Published twice before rule A12; superseded by the later run.'
 WHERE state = 'PUBLISHED' AND in_force IS NULL;

ALTER TABLE allocation_run ADD CONSTRAINT allocation_run_in_force_uq
  UNIQUE (canton_code, fiscal_year, in_force);
ALTER TABLE allocation_run ADD CONSTRAINT allocation_run_in_force_ck
  CHECK (in_force IS NULL OR (in_force = TRUE AND state = 'PUBLISHED' AND superseded_by IS NULL));
ALTER TABLE allocation_run ADD CONSTRAINT allocation_run_superseded_ck
  CHECK (superseded_by IS NULL OR (state = 'PUBLISHED' AND superseded_at IS NOT NULL
                                   AND superseded_reason IS NOT NULL));
ALTER TABLE allocation_run ADD CONSTRAINT allocation_run_superseded_fk
  FOREIGN KEY (superseded_by) REFERENCES allocation_run (id);
CREATE INDEX allocation_run_superseded_ix ON allocation_run (superseded_by);

-- The same model for settlements, per body and fiscal year.
ALTER TABLE settlement ADD COLUMN in_force BOOLEAN;
ALTER TABLE settlement ADD COLUMN superseded_by BIGINT;
ALTER TABLE settlement ADD COLUMN superseded_at TIMESTAMP;
ALTER TABLE settlement ADD COLUMN superseded_reason VARCHAR(2000);

UPDATE settlement SET in_force = TRUE
 WHERE state = 'PUBLISHED'
   AND NOT EXISTS (SELECT 1 FROM settlement p
                    WHERE p.body_id = settlement.body_id
                      AND p.fiscal_year = settlement.fiscal_year
                      AND p.state = 'PUBLISHED'
                      AND (p.published_at > settlement.published_at
                           OR (p.published_at = settlement.published_at AND p.id > settlement.id)));
UPDATE settlement
   SET superseded_by = (SELECT p.id FROM settlement p
                         WHERE p.body_id = settlement.body_id
                           AND p.fiscal_year = settlement.fiscal_year AND p.in_force = TRUE),
       superseded_at = (SELECT p.published_at FROM settlement p
                         WHERE p.body_id = settlement.body_id
                           AND p.fiscal_year = settlement.fiscal_year AND p.in_force = TRUE),
       superseded_reason = 'Published twice before rule A12; superseded by the later settlement.'
 WHERE state = 'PUBLISHED' AND in_force IS NULL;

ALTER TABLE settlement ADD CONSTRAINT settlement_in_force_uq UNIQUE (body_id, fiscal_year, in_force);
ALTER TABLE settlement ADD CONSTRAINT settlement_in_force_ck
  CHECK (in_force IS NULL OR (in_force = TRUE AND state = 'PUBLISHED' AND superseded_by IS NULL));
ALTER TABLE settlement ADD CONSTRAINT settlement_superseded_ck
  CHECK (superseded_by IS NULL OR (state = 'PUBLISHED' AND superseded_at IS NOT NULL
                                   AND superseded_reason IS NOT NULL));
ALTER TABLE settlement ADD CONSTRAINT settlement_superseded_fk
  FOREIGN KEY (superseded_by) REFERENCES settlement (id);
CREATE INDEX settlement_superseded_ix ON settlement (superseded_by);

-- C3 with A12: which allocation runs (in force when the body was settled) sent how much to it, so
-- that a settlement names the runs it stands on, and a later correction of a run shows.
CREATE TABLE settlement_run (
  settlement_id BIGINT NOT NULL REFERENCES settlement (id),
  run_id        BIGINT NOT NULL REFERENCES allocation_run (id),
  amount_cents  BIGINT NOT NULL,
  PRIMARY KEY (settlement_id, run_id)
);
