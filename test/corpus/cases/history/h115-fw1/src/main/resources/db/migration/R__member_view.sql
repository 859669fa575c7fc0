-- case: a repeatable migration: Flyway has no undo for repeatables, so no missing-rollback
-- expect: clean
-- tool: flyway

CREATE OR REPLACE VIEW member_directory AS
SELECT id, username, display_name FROM members;
