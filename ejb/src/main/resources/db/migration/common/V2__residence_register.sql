-- Residence register and voter rolls (ROLL.md).

CREATE TABLE person (
  id              VARCHAR(36)  NOT NULL PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  born            DATE         NOT NULL,
  died            DATE,
  -- recorded for the register only; never read by the roll (R3)
  nationality     VARCHAR(64),
  place_of_origin VARCHAR(200)
);

-- R1: periods of one person never overlap; the service checks it under a lock on the person.
CREATE TABLE residence_period (
  id          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  person_id   VARCHAR(36) NOT NULL REFERENCES person (id),
  canton_code VARCHAR(8)  NOT NULL REFERENCES canton (code),
  starts_on   DATE        NOT NULL,
  ends_on     DATE,
  CONSTRAINT residence_dates_ck CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX residence_canton_ix ON residence_period (canton_code, starts_on);
CREATE INDEX residence_person_ix ON residence_period (person_id, starts_on);

-- R7: the voting age and minimum residence of each canton's dated policy versions, in force from
-- 1 January of valid_from_year.
CREATE TABLE roll_policy (
  canton_code          VARCHAR(8) NOT NULL REFERENCES canton (code),
  valid_from_year      INTEGER    NOT NULL,
  voting_age           INTEGER    NOT NULL,
  min_residence_months INTEGER    NOT NULL,
  PRIMARY KEY (canton_code, valid_from_year),
  CONSTRAINT roll_policy_ck CHECK (voting_age BETWEEN 0 AND 150 AND min_residence_months BETWEEN 0 AND 600)
);

-- R6: a roll frozen for an election; its entries are never changed.
CREATE TABLE election (
  id             BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code    VARCHAR(8)   NOT NULL REFERENCES canton (code),
  name           VARCHAR(200) NOT NULL,
  reference_date DATE         NOT NULL,
  policy_version VARCHAR(64)  NOT NULL,
  frozen_at      TIMESTAMP    NOT NULL,
  frozen_by      VARCHAR(64)  NOT NULL,
  CONSTRAINT election_name_uq UNIQUE (canton_code, name)
);

CREATE TABLE election_entry (
  election_id BIGINT      NOT NULL REFERENCES election (id),
  person_id   VARCHAR(36) NOT NULL,
  reason      VARCHAR(24) NOT NULL,
  reason_date DATE        NOT NULL,
  PRIMARY KEY (election_id, person_id)
);

-- a citizen's login is bound to their person in the register
ALTER TABLE account ADD COLUMN person_id VARCHAR(36) REFERENCES person (id);
