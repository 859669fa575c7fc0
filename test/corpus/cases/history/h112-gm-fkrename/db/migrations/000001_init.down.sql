DROP TABLE members; DROP TABLE teams;
