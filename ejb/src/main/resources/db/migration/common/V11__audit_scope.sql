-- The audit log becomes readable (issue 13): each entry names the canton whose clerks and policy
-- officers may read it (none: a change of the confederation, the administrator's alone) and the
-- person it concerns; and no entry keeps the organizations a person chose or belongs to.
-- Portable SQL for Derby and PostgreSQL: SUBSTR, LENGTH, TRIM, CAST, LIKE and || only.

ALTER TABLE audit_entry ADD COLUMN canton_code VARCHAR(8);
ALTER TABLE audit_entry ADD COLUMN person_id VARCHAR(36);

-- Entries whose entity id begins with the canton's code: 'LAC/2025/P-0001', 'LAC/2027',
-- 'LAC/solidarity-fund', 'LAC:lac-water:SHOULD_BE_CANTONAL'. A code is capital letters only, so it
-- holds no LIKE wildcard, and the separator after it makes the match unique.
UPDATE audit_entry SET canton_code =
    (SELECT c.code FROM canton c WHERE audit_entry.entity_id LIKE c.code || '/%')
  WHERE entity_type IN ('Designation', 'Assessment', 'CantonPolicy', 'Membership',
                        'AllocationInputs');
UPDATE audit_entry SET canton_code =
    (SELECT c.code FROM canton c WHERE audit_entry.entity_id LIKE c.code || ':%')
  WHERE entity_type = 'Finding';

-- Entries whose entity id is the canton's code.
UPDATE audit_entry SET canton_code = entity_id
  WHERE entity_type IN ('Canton', 'ResidenceRegister')
    AND EXISTS (SELECT 1 FROM canton c WHERE c.code = audit_entry.entity_id);

-- Entries of a canton's own records, found by their id.
UPDATE audit_entry SET canton_code =
    (SELECT e.canton_code FROM election e
      WHERE TRIM(CAST(e.id AS CHAR(20))) = audit_entry.entity_id)
  WHERE entity_type = 'Election';
UPDATE audit_entry SET canton_code =
    (SELECT r.canton_code FROM allocation_run r
      WHERE TRIM(CAST(r.id AS CHAR(20))) = audit_entry.entity_id)
  WHERE entity_type = 'AllocationRun';
UPDATE audit_entry SET canton_code =
    (SELECT f.canton_code FROM public_function f WHERE f.id = audit_entry.entity_id)
  WHERE entity_type = 'PublicFunction';
UPDATE audit_entry SET canton_code =
    (SELECT f.canton_code FROM candidacy k, public_function f
      WHERE f.id = k.function_id AND TRIM(CAST(k.id AS CHAR(20))) = audit_entry.entity_id)
  WHERE entity_type = 'Candidacy';

-- The person of a fiscal entry: 'LAC/2025/P-0001' is canton, four-digit year, person. Whole-year
-- imports ('LAC/2025') name nobody; the read of a list ('LAC/2025/not-counting') is the one read
-- whose entry has a snapshot (the ids listed), and names nobody either.
UPDATE audit_entry SET person_id = SUBSTR(entity_id, LENGTH(canton_code) + 7)
  WHERE entity_type IN ('Designation', 'Assessment')
    AND canton_code IS NOT NULL
    AND NOT (action = 'read' AND after_state IS NOT NULL)
    AND entity_id LIKE canton_code || '/____/%'
    AND EXISTS (SELECT 1 FROM person p
                 WHERE p.id = SUBSTR(audit_entry.entity_id, LENGTH(audit_entry.canton_code) + 7));

-- Register changes and affiliations are filed under the person's id. A register change is made by
-- a clerk, who acts for one canton only (an account's canton never changes): that canton is the
-- entry's. An affiliation's canton is not certain from the entry, so it stays the admin's.
UPDATE audit_entry SET person_id = entity_id
  WHERE entity_type IN ('Person', 'Affiliation')
    AND EXISTS (SELECT 1 FROM person p WHERE p.id = audit_entry.entity_id);
UPDATE audit_entry SET canton_code =
    (SELECT a.canton_code FROM account a WHERE a.username = audit_entry.actor)
  WHERE entity_type = 'Person';

-- No entry keeps what a person chose: the shares of a designation and the organizations of an
-- affiliation are blanked. Who changed whose, what action and when stay.
UPDATE audit_entry SET before_state = NULL, after_state = NULL
  WHERE entity_type = 'Affiliation'
     OR (entity_type = 'Designation' AND action IN ('designate', 'correct'));

-- The readers' questions: a canton's entries, a person's, an actor's, newest first.
CREATE INDEX audit_entry_canton_ix ON audit_entry (canton_code, recorded_at);
CREATE INDEX audit_entry_person_ix ON audit_entry (person_id, recorded_at);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, recorded_at);
CREATE INDEX audit_entry_time_ix ON audit_entry (recorded_at);
