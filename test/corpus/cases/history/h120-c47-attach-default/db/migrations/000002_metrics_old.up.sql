CREATE TABLE metrics_old (LIKE metrics INCLUDING ALL);
