-- Subsidiarity review (SUBSIDIARITY.md): the register of public functions, commons candidacies with
-- their reviewed design principles, justifications, and what each review found, for the trend.

CREATE TABLE public_function (
  id          VARCHAR(64)   NOT NULL PRIMARY KEY,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000),
  level       VARCHAR(16)   NOT NULL,
  -- the canton whose register holds it (none for a confederal function)
  canton_code VARCHAR(8)    REFERENCES canton (code),
  operator_id VARCHAR(64)   REFERENCES organization (id),
  scope       VARCHAR(16)   NOT NULL,
  coercive    BOOLEAN       NOT NULL,
  recorded_at TIMESTAMP     NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  CONSTRAINT public_function_level_ck CHECK (
       (level = 'CONFEDERAL' AND canton_code IS NULL AND operator_id IS NULL)
    OR (level = 'CANTONAL' AND canton_code IS NOT NULL AND operator_id IS NULL)
    OR (level = 'COMMONS' AND canton_code IS NOT NULL AND operator_id IS NOT NULL)),
  CONSTRAINT public_function_scope_ck CHECK (scope IN ('LOCAL', 'CANTONAL', 'TRANSNATIONAL'))
);

CREATE TABLE function_delegation (
  function_id VARCHAR(64) NOT NULL REFERENCES public_function (id),
  canton_code VARCHAR(8)  NOT NULL REFERENCES canton (code),
  PRIMARY KEY (function_id, canton_code)
);

CREATE TABLE candidacy (
  id              BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  function_id     VARCHAR(64) NOT NULL REFERENCES public_function (id),
  organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
  submitted_at    TIMESTAMP   NOT NULL,
  submitted_by    VARCHAR(64) NOT NULL,
  CONSTRAINT candidacy_uq UNIQUE (function_id, organization_id)
);

-- The organization's self-assessment of one principle, and the policy officer's review of it:
-- only a principle claimed and accepted counts toward viability.
CREATE TABLE candidacy_principle (
  candidacy_id   BIGINT        NOT NULL REFERENCES candidacy (id),
  principle      VARCHAR(40)   NOT NULL,
  claimed_met    BOOLEAN       NOT NULL,
  evidence       VARCHAR(2000) NOT NULL,
  accepted       BOOLEAN,
  review_comment VARCHAR(2000),
  reviewed_by    VARCHAR(64),
  reviewed_at    TIMESTAMP,
  PRIMARY KEY (candidacy_id, principle)
);

-- S4: a reason to keep a function where it is, for one canton's finding, until a day (inclusive).
CREATE TABLE justification (
  id          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code VARCHAR(8)    NOT NULL REFERENCES canton (code),
  function_id VARCHAR(64)   NOT NULL REFERENCES public_function (id),
  kind        VARCHAR(24)   NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  until_date  DATE          NOT NULL,
  recorded_at TIMESTAMP     NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL
);

-- What each day's review of a canton counted, for the dashboard's trend; and every finding ever
-- seen, so that one no longer found counts as resolved.
CREATE TABLE review_day (
  canton_code VARCHAR(8) NOT NULL REFERENCES canton (code),
  review_date DATE       NOT NULL,
  open_count  INTEGER    NOT NULL,
  justified_count INTEGER NOT NULL,
  resolved_count  INTEGER NOT NULL,
  compliant_count INTEGER NOT NULL,
  PRIMARY KEY (canton_code, review_date)
);

CREATE TABLE review_finding_seen (
  canton_code VARCHAR(8)  NOT NULL REFERENCES canton (code),
  finding_id  VARCHAR(200) NOT NULL,
  first_seen  DATE        NOT NULL,
  last_seen   DATE        NOT NULL,
  PRIMARY KEY (canton_code, finding_id)
);

-- How many design principles a viable candidacy must meet in the canton (SUBSIDIARITY.md: all 8).
ALTER TABLE canton_policy ADD COLUMN commons_principles INTEGER NOT NULL DEFAULT 8;
ALTER TABLE canton_policy ADD CONSTRAINT canton_policy_commons_ck CHECK (commons_principles BETWEEN 1 AND 8);
