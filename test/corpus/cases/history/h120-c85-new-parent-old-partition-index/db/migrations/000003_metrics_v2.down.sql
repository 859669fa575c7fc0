DROP TABLE metrics_v2;
