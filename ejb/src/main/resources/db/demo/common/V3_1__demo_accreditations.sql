-- Demo accreditations: every organization in Lacus from 2024; phyles and commons foundations in
-- Montes from 2025; Riva accredits the commons foundations only, and withdrew one after 2025.

INSERT INTO accreditation (organization_id, canton_code, from_year, until_year)
  SELECT id, 'LAC', 2024, CAST(NULL AS INTEGER) FROM organization;
INSERT INTO accreditation (organization_id, canton_code, from_year, until_year)
  SELECT id, 'MON', 2025, CAST(NULL AS INTEGER) FROM organization WHERE kind IN ('PHYLE', 'COMMONS_FOUNDATION');
INSERT INTO accreditation (organization_id, canton_code, from_year, until_year)
  SELECT id, 'RIV', 2024, CASE WHEN id = 'free-fonts' THEN 2025 ELSE CAST(NULL AS INTEGER) END
  FROM organization WHERE kind = 'COMMONS_FOUNDATION';
