DROP TABLE measurements_2023;
DROP TABLE measurements;
