-- The undesignated taxpayers of a run (A10), one row per chunk instead of one per taxpayer (issue
-- 17): a run of a million taxpayers has a few hundred thousand of them, and inserting each as an
-- indexed row took half of the run on Derby. entries lists 'person_id REASON' lines in id order;
-- first_person is the chunk's first. Runs counted before keep their rows in
-- allocation_undesignated (RunLedger#undesignated reads both).
CREATE TABLE allocation_undesignated_chunk (
  run_id       BIGINT      NOT NULL REFERENCES allocation_run (id),
  first_person VARCHAR(36) NOT NULL,
  taxpayers    INTEGER     NOT NULL,
  entries      CLOB        NOT NULL,
  PRIMARY KEY (run_id, first_person)
);
