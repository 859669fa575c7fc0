CREATE TABLE teams_archive (LIKE teams INCLUDING ALL);
