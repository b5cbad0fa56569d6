-- PostgreSQL only. Person ids compare in binary order, as Java's String.compareTo and Derby's
-- UCS_BASIC do: the allocation run merges two SQL streams ordered by person_id with compareTo
-- (TaxpayerSource), and under a locale collation ('B-1' before 'a-1' in binary, after it in
-- en-US, which also ignores hyphens) the merge skipped designations. Pinning the column's
-- collation makes every ORDER BY and comparison on it binary whatever the database's locale.
ALTER TABLE person ALTER COLUMN id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE residence_period ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE election_entry ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE account ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE assessment ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE affiliation ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE designation ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
ALTER TABLE audit_entry ALTER COLUMN person_id TYPE VARCHAR(36) COLLATE "C";
