-- case: contract step: DROP COLUMN after the code stopped using it, suppressed with the reason
-- expect: clean

SET lock_timeout = '2s';
-- sluice-ignore drop-column: contract phase; v2.14 (deployed 2024-06-03) no longer reads users.nickname
ALTER TABLE users DROP COLUMN nickname;
