DROP TABLE metrics_old;
