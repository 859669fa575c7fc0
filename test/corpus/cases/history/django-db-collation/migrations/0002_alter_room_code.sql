-- case: Django db_collation on an indexed CharField: the table stays, its unique index is rebuilt under the lock
-- expect: column-type-rewrite@9

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Alter field code on room
--
ALTER TABLE "chat_room" ALTER COLUMN "code" TYPE varchar(10) COLLATE "C";
--
-- Alter field title on room
--
ALTER TABLE "chat_room" ALTER COLUMN "title" TYPE varchar(100) COLLATE "C";
COMMIT;
