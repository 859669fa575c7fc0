DROP TABLE metrics; DROP TABLE metrics_2025_staging; DROP TABLE metrics_2026_staging;
