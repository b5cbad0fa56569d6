-- Issue 17: a canton's roll is computed by the rules (R2, R5) once per canton, date and state of
-- the register, and kept, so that every later page is an indexed read.

-- The state of each canton's register as the rolls see it: every change that can change an outcome
-- on the canton's roll (a registration, move or death, an import, a roll policy version) adds one
-- in the same transaction as the change. A stored roll is read only while its stamp is the
-- canton's current one, so a change committed during a computation can never leave a stale roll
-- in use.
CREATE TABLE roll_stamp (
  canton_code VARCHAR(8) NOT NULL PRIMARY KEY REFERENCES canton (code),
  version     BIGINT     NOT NULL
);
INSERT INTO roll_stamp (canton_code, version) SELECT code, 0 FROM canton;

-- A computed roll with its counts by reason (R5), for the page's totals.
CREATE TABLE stored_roll (
  id                  BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code         VARCHAR(8)  NOT NULL REFERENCES canton (code),
  roll_date           DATE        NOT NULL,
  stamp               BIGINT      NOT NULL,
  policy_version      VARCHAR(64) NOT NULL,
  considered          INTEGER     NOT NULL,
  eligible            INTEGER     NOT NULL,
  under_age           INTEGER     NOT NULL,
  residence_too_short INTEGER     NOT NULL,
  not_resident        INTEGER     NOT NULL,
  deceased            INTEGER     NOT NULL,
  computed_at         TIMESTAMP   NOT NULL,
  -- set once every entry is written: until then the roll is not read
  stored_at           TIMESTAMP,
  CONSTRAINT stored_roll_uq UNIQUE (canton_code, roll_date, stamp)
);

-- Its entries in the roll's order (by person id), numbered from 0: a page is a range of positions.
-- No foreign key, so that writing a million entries checks one index only.
CREATE TABLE stored_roll_entry (
  roll_id     BIGINT      NOT NULL,
  position    INTEGER     NOT NULL,
  person_id   VARCHAR(36) NOT NULL,
  reason      VARCHAR(24) NOT NULL,
  reason_date DATE        NOT NULL,
  PRIMARY KEY (roll_id, position)
);

-- A canton's residence periods in person order from the index alone, without a sort or a visit
-- to the table: the computation reads them merged with the people in id order (Residents).
CREATE INDEX residence_canton_person_ix
  ON residence_period (canton_code, person_id, starts_on, ends_on);
