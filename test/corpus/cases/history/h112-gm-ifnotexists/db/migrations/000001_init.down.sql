DROP TABLE purchases; DROP TABLE vendors;
