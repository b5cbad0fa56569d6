-- Allocation runs (ALLOCATION.md, issue 6): a canton's year computed by a batch job, kept as a
-- draft until a clerk publishes it; a published run never changes.

CREATE TABLE allocation_run (
  id             BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  canton_code    VARCHAR(8)   NOT NULL REFERENCES canton (code),
  fiscal_year    INTEGER      NOT NULL,
  -- RUNNING while the batch job works (STOPPED or FAILED as it reports), DRAFT once computed,
  -- PUBLISHED once a clerk published it
  state          VARCHAR(16)  NOT NULL,
  execution_id   BIGINT       NOT NULL,
  policy_version VARCHAR(64)  NOT NULL,
  taxpayers_total BIGINT      NOT NULL,
  taxpayers_done BIGINT       NOT NULL,
  started_at     TIMESTAMP    NOT NULL,
  started_by     VARCHAR(64)  NOT NULL,
  computed_at    TIMESTAMP,
  pot_cents      BIGINT,
  -- AGGREGATES.json of ALLOCATION.md, as published (A11), and the SHA-256 of the canonical
  -- aggregates and lines
  aggregates_json CLOB,
  digest         CHAR(64),
  -- POLICY.json of the policy the run uses, fixed when it starts (a restart uses the same)
  policy_json    CLOB         NOT NULL,
  published_at   TIMESTAMP,
  published_by   VARCHAR(64),
  CONSTRAINT allocation_run_state_ck CHECK (state IN ('RUNNING', 'STOPPED', 'FAILED', 'DRAFT', 'PUBLISHED'))
);
CREATE INDEX allocation_run_canton_ix ON allocation_run (canton_code, fiscal_year);
-- two runs over the same data have the same digest
CREATE INDEX allocation_run_digest_ix ON allocation_run (digest);

-- The running sums of the aggregate stage, added to once per chunk in the chunk's transaction.
CREATE TABLE allocation_tally (
  run_id        BIGINT        NOT NULL REFERENCES allocation_run (id),
  recipient     VARCHAR(64)   NOT NULL,
  tax_times_bp  DECIMAL(31, 0) NOT NULL,
  basis_points  BIGINT        NOT NULL,
  choosers      BIGINT        NOT NULL,
  PRIMARY KEY (run_id, recipient)
);

CREATE TABLE allocation_tally_total (
  run_id          BIGINT NOT NULL PRIMARY KEY REFERENCES allocation_run (id),
  taxpayers       BIGINT NOT NULL,
  total_tax_cents BIGINT NOT NULL
);

-- Every undesignated taxpayer with the reason (A10): individual data, for the canton's clerks.
CREATE TABLE allocation_undesignated (
  run_id    BIGINT      NOT NULL REFERENCES allocation_run (id),
  person_id VARCHAR(36) NOT NULL,
  reason    VARCHAR(32) NOT NULL,
  PRIMARY KEY (run_id, person_id)
);

-- The lines with their explanation (A10): exact amounts as fractions 'numerator/denominator' of
-- currency units, the rounded amount in cents.
CREATE TABLE allocation_line (
  run_id            BIGINT       NOT NULL REFERENCES allocation_run (id),
  recipient         VARCHAR(64)  NOT NULL,
  amount_cents      BIGINT       NOT NULL,
  choosers          BIGINT       NOT NULL,
  expressed         VARCHAR(200) NOT NULL,
  undesignated_share VARCHAR(200) NOT NULL,
  renounced         VARCHAR(200) NOT NULL,
  cap_adjustment    VARCHAR(200) NOT NULL,
  minimum_payout_adjustment VARCHAR(200) NOT NULL,
  exact_amount      VARCHAR(200) NOT NULL,
  rounding_adjustment VARCHAR(200) NOT NULL,
  PRIMARY KEY (run_id, recipient)
);

CREATE TABLE allocation_reason_count (
  run_id    BIGINT      NOT NULL REFERENCES allocation_run (id),
  reason    VARCHAR(32) NOT NULL,
  taxpayers BIGINT      NOT NULL,
  PRIMARY KEY (run_id, reason)
);
