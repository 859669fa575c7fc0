CREATE TABLE topics (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    author_id integer NOT NULL,
    board_id integer NOT NULL
);
CREATE TABLE replies (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    topic_id integer NOT NULL REFERENCES topics ON DELETE CASCADE,
    author_id integer NOT NULL
);
