-- Derby hands out identity values from ranges it reserves in its catalog, 100 at a time by default;
-- reserving the next range needs the catalog row at once, and under load (issue 17's scripts/load at
-- 200 requests a second, citizens' designations and audit entries inserted together) a save that
-- found it held failed with 40XL1. Ranges of 1,000 make that ten times rarer; what a crash leaves
-- unused is a gap in surrogate ids, which nothing reads. A request that still meets it is answered
-- 503 with Retry-After (UnexpectedMapper), never 500. Takes effect for each table's identity when
-- the database next boots.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000');
