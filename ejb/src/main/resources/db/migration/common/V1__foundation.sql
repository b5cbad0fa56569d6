-- Foundation schema: cantons, organizations, logins and the audit log.
-- Portable SQL: runs on Apache Derby (the default) and on PostgreSQL.

CREATE TABLE canton (
  code          VARCHAR(8)   NOT NULL PRIMARY KEY,
  name          VARCHAR(120) NOT NULL,
  registered_at TIMESTAMP    NOT NULL
);

CREATE TABLE organization (
  id               VARCHAR(64)   NOT NULL PRIMARY KEY,
  name             VARCHAR(200)  NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  description      VARCHAR(2000),
  website          VARCHAR(500),
  payout_reference VARCHAR(100),
  status           VARCHAR(16)   NOT NULL,
  CONSTRAINT organization_kind_ck
    CHECK (kind IN ('PHYLE', 'ORIGIN_COMMUNITY', 'COMMONS_FOUNDATION', 'CONFEDERAL_FUND')),
  CONSTRAINT organization_status_ck CHECK (status IN ('ACTIVE', 'SUSPENDED'))
);

-- A clerk or policy officer is bound to exactly one canton, a foundation to exactly one
-- organization, and nobody else to either: the database itself refuses anything else.
CREATE TABLE account (
  username        VARCHAR(64)  NOT NULL PRIMARY KEY,
  password_hash   VARCHAR(512) NOT NULL,
  role            VARCHAR(16)  NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  canton_code     VARCHAR(8)   REFERENCES canton (code),
  organization_id VARCHAR(64)  REFERENCES organization (id),
  CONSTRAINT account_role_ck CHECK (role IN ('admin', 'clerk', 'policy', 'citizen', 'foundation')),
  CONSTRAINT account_binding_ck CHECK (
       (role IN ('clerk', 'policy') AND canton_code IS NOT NULL AND organization_id IS NULL)
    OR (role = 'foundation' AND organization_id IS NOT NULL AND canton_code IS NULL)
    OR (role IN ('admin', 'citizen') AND canton_code IS NULL AND organization_id IS NULL))
);

-- Append-only: the services insert and never update or delete.
CREATE TABLE audit_entry (
  id           BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
  recorded_at  TIMESTAMP     NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  action       VARCHAR(32)   NOT NULL,
  entity_type  VARCHAR(64)   NOT NULL,
  entity_id    VARCHAR(128)  NOT NULL,
  before_state VARCHAR(32000),
  after_state  VARCHAR(32000)
);

CREATE INDEX audit_entry_entity_ix ON audit_entry (entity_type, entity_id);
