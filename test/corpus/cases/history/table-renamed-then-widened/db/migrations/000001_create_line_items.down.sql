DROP TABLE line_items;
