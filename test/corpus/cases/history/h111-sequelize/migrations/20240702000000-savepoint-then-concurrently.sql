-- case: after ROLLBACK TO SAVEPOINT the outer transaction is still open: a concurrent build there fails
-- expect: concurrently-in-transaction@7
-- tool: plain
START TRANSACTION;
SAVEPOINT sp1;
ROLLBACK TO SAVEPOINT sp1;
CREATE INDEX CONCURRENTLY "projects_title" ON "Projects" ("title");
COMMIT;
