-- Confederal sharing (SHARING.md): bodies, cantons' memberships, and yearly settlements.

CREATE TABLE confederal_body (
  organization_id VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES organization (id),
  min_rate        DECIMAL(7, 6) NOT NULL,
  max_rate        DECIMAL(7, 6) NOT NULL,
  disbursement    VARCHAR(20)   NOT NULL,
  target_percent  DECIMAL(5, 2),
  recorded_at     TIMESTAMP     NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT confederal_body_rates_ck CHECK (min_rate >= 0 AND min_rate <= max_rate AND max_rate <= 1),
  CONSTRAINT confederal_body_rule_ck CHECK (disbursement IN ('EQUAL_PER_CAPITA', 'EQUALIZATION'))
);

-- C1: a canton belongs to a body at a rate from a fiscal year, until one once it left.
CREATE TABLE membership (
  id          BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  body_id     VARCHAR(64)   NOT NULL REFERENCES confederal_body (organization_id),
  canton_code VARCHAR(8)    NOT NULL REFERENCES canton (code),
  rate        DECIMAL(7, 6) NOT NULL,
  from_year   INTEGER       NOT NULL,
  until_year  INTEGER,
  recorded_at TIMESTAMP     NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  CONSTRAINT membership_years_ck CHECK (until_year IS NULL OR until_year >= from_year)
);

CREATE TABLE settlement (
  id                     BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  body_id                VARCHAR(64) NOT NULL REFERENCES confederal_body (organization_id),
  fiscal_year            INTEGER     NOT NULL,
  state                  VARCHAR(16) NOT NULL,
  contributions_cents    BIGINT      NOT NULL,
  from_allocations_cents BIGINT      NOT NULL,
  pot_cents              BIGINT      NOT NULL,
  every_member_reached   BOOLEAN     NOT NULL,
  computed_at            TIMESTAMP   NOT NULL,
  computed_by            VARCHAR(64) NOT NULL,
  published_at           TIMESTAMP,
  published_by           VARCHAR(64),
  CONSTRAINT settlement_state_ck CHECK (state IN ('DRAFT', 'PUBLISHED'))
);

-- C6: one line per member; per-capita figures as decimal strings.
CREATE TABLE settlement_line (
  settlement_id      BIGINT       NOT NULL REFERENCES settlement (id),
  canton_code        VARCHAR(8)   NOT NULL,
  tax_cents          BIGINT       NOT NULL,
  residents          BIGINT       NOT NULL,
  per_capita         VARCHAR(40)  NOT NULL,
  contribution_cents BIGINT       NOT NULL,
  received_cents     BIGINT       NOT NULL,
  net                VARCHAR(40)  NOT NULL,
  after_percent      VARCHAR(40)  NOT NULL,
  reached_target     BOOLEAN      NOT NULL,
  PRIMARY KEY (settlement_id, canton_code)
);
