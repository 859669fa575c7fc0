DROP TABLE replies;
DROP TABLE topics;
