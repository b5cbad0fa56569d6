-- The fiscal-designation scheme (ALLOCATION.md): each canton's dated policy, assessments,
-- affiliations, designations with their history, and the files imported in bulk.

-- One dated version of a canton's policy: every parameter of ALLOCATION.md and, for its voter
-- roll, of ROLL.md (R7), with the canton's decision it comes from. It supersedes roll_policy.
CREATE TABLE canton_policy (
  canton_code          VARCHAR(8)    NOT NULL REFERENCES canton (code),
  valid_from_year      INTEGER       NOT NULL,
  designable_rate      DECIMAL(7, 6) NOT NULL,
  weighting            VARCHAR(16)   NOT NULL,
  undesignated         VARCHAR(16)   NOT NULL,
  fund_id              VARCHAR(64)   REFERENCES organization (id),
  cap_cents            BIGINT,
  minimum_payout_cents BIGINT        NOT NULL,
  max_recipients       INTEGER       NOT NULL,
  -- the last day of the fiscal year on which a designation may be made, as MM-DD
  deadline             CHAR(5)       NOT NULL,
  voting_age           INTEGER       NOT NULL,
  min_residence_months INTEGER       NOT NULL,
  decision_title       VARCHAR(300)  NOT NULL,
  decision_adopted     DATE          NOT NULL,
  decision_reference   VARCHAR(500)  NOT NULL,
  recorded_at          TIMESTAMP     NOT NULL,
  recorded_by          VARCHAR(64)   NOT NULL,
  row_version          BIGINT        NOT NULL,
  PRIMARY KEY (canton_code, valid_from_year),
  CONSTRAINT canton_policy_rate_ck CHECK (designable_rate >= 0 AND designable_rate <= 0.1),
  CONSTRAINT canton_policy_weighting_ck CHECK (weighting IN ('BY_AMOUNT', 'BY_HEADCOUNT')),
  CONSTRAINT canton_policy_undesignated_ck CHECK (
       (undesignated = 'FUND' AND fund_id IS NOT NULL)
    OR (undesignated IN ('RETAIN', 'PROPORTIONAL') AND fund_id IS NULL)),
  CONSTRAINT canton_policy_money_ck CHECK ((cap_cents IS NULL OR cap_cents >= 0) AND minimum_payout_cents >= 0),
  CONSTRAINT canton_policy_roll_ck CHECK (
    max_recipients >= 1 AND voting_age BETWEEN 0 AND 150 AND min_residence_months BETWEEN 0 AND 600)
);

CREATE TABLE canton_policy_renouncing (
  canton_code     VARCHAR(8)  NOT NULL,
  valid_from_year INTEGER     NOT NULL,
  organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
  PRIMARY KEY (canton_code, valid_from_year, organization_id),
  FOREIGN KEY (canton_code, valid_from_year) REFERENCES canton_policy (canton_code, valid_from_year)
);

-- The roll policies recorded so far become policy versions with no designation scheme yet
-- (rate 0, everything retained); their fiscal parameters are set by the canton's next decision.
INSERT INTO canton_policy (canton_code, valid_from_year, designable_rate, weighting, undesignated, fund_id,
    cap_cents, minimum_payout_cents, max_recipients, deadline, voting_age, min_residence_months,
    decision_title, decision_adopted, decision_reference, recorded_at, recorded_by, row_version)
  SELECT canton_code, valid_from_year, 0, 'BY_AMOUNT', 'RETAIN', CAST(NULL AS VARCHAR(64)),
    CAST(NULL AS BIGINT), 0, 1, '12-31', voting_age, min_residence_months,
    'Voter-roll policy recorded before the fiscal scheme', CAST('1900-01-01' AS DATE),
    'carried over by migration V4', CURRENT_TIMESTAMP, 'migration', 0
  FROM roll_policy;
-- roll_policy stays, unread: the demo migration V2_1 writes to it, and may run after this one
-- when demo data is turned on in a database created without it.

-- A taxpayer's assessed tax for a canton and fiscal year; the taxpayer is a person of the register.
CREATE TABLE assessment (
  canton_code VARCHAR(8)  NOT NULL REFERENCES canton (code),
  fiscal_year INTEGER     NOT NULL,
  person_id   VARCHAR(36) NOT NULL REFERENCES person (id),
  tax_cents   BIGINT      NOT NULL,
  recorded_at TIMESTAMP   NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (canton_code, fiscal_year, person_id),
  CONSTRAINT assessment_tax_ck CHECK (tax_cents >= 0)
);

-- The organizations a citizen belongs to (sensitive: the citizen and their canton's clerks only).
CREATE TABLE affiliation (
  person_id       VARCHAR(36) NOT NULL REFERENCES person (id),
  organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
  since           DATE        NOT NULL,
  PRIMARY KEY (person_id, organization_id)
);

-- A file imported in bulk, so that the same content is never imported twice.
CREATE TABLE fiscal_import (
  id          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code VARCHAR(8)  NOT NULL REFERENCES canton (code),
  kind        VARCHAR(16) NOT NULL,
  fiscal_year INTEGER     NOT NULL,
  sha256      CHAR(64)    NOT NULL,
  rows_read   INTEGER     NOT NULL,
  imported_at TIMESTAMP   NOT NULL,
  imported_by VARCHAR(64) NOT NULL,
  CONSTRAINT fiscal_import_kind_ck CHECK (kind IN ('ASSESSMENTS', 'DESIGNATIONS')),
  CONSTRAINT fiscal_import_uq UNIQUE (canton_code, kind, sha256)
);

-- Every designation ever made, never updated: a correction is a newer row, and the latest valid
-- one counts (A2). made_on is the day the taxpayer made it (on paper, the form's date). shares
-- lists the recipients in the taxpayer's order as 'recipient:basis_points' separated by spaces
-- (e.g. 'las-indias:6000 canton:4000'): one row per designation keeps bulk imports to one batch
-- and the allocation's scan to one row per choice.
CREATE TABLE designation (
  id          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code VARCHAR(8)    NOT NULL REFERENCES canton (code),
  fiscal_year INTEGER       NOT NULL,
  person_id   VARCHAR(36)   NOT NULL REFERENCES person (id),
  made_on     DATE          NOT NULL,
  shares      VARCHAR(2000) NOT NULL,
  recorded_at TIMESTAMP     NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  channel     VARCHAR(16)   NOT NULL,
  import_id   BIGINT        REFERENCES fiscal_import (id),
  CONSTRAINT designation_channel_ck CHECK (channel IN ('CITIZEN', 'CLERK', 'IMPORT'))
);
CREATE INDEX designation_taxpayer_ix ON designation (canton_code, fiscal_year, person_id, id);
