CREATE TABLE projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint,
    title varchar(80),
    body text,
    CONSTRAINT tasks_body_nn CHECK (body IS NOT NULL)
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
