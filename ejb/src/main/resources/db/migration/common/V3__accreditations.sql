-- Accreditations: an organization may receive designations from a canton from a fiscal year, and
-- until one once withdrawn (DESIGN.md, principle 3: asymmetry).

CREATE TABLE accreditation (
  organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
  canton_code     VARCHAR(8)  NOT NULL REFERENCES canton (code),
  from_year       INTEGER     NOT NULL,
  until_year      INTEGER,
  PRIMARY KEY (organization_id, canton_code, from_year),
  CONSTRAINT accreditation_years_ck CHECK (until_year IS NULL OR until_year >= from_year)
);
