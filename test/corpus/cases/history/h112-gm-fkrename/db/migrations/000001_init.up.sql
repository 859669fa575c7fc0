CREATE TABLE teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id bigint NOT NULL,
    nickname varchar(30)
);
CREATE INDEX members_group_id_idx ON members (group_id);
