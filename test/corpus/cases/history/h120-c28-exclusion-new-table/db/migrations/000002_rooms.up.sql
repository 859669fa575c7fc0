-- case: exclusion constraint in CREATE TABLE and on a new table
-- expect: clean
-- tool: golang-migrate
CREATE TABLE room_holds (
  id bigint PRIMARY KEY,
  room_id int NOT NULL,
  during tstzrange NOT NULL,
  EXCLUDE USING gist (during WITH &&)
);
ALTER TABLE room_holds ADD CONSTRAINT room_holds_no_overlap2 EXCLUDE USING gist (during WITH &&) WHERE (room_id > 0);
