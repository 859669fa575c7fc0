-- case: ALTER TABLE ... RENAME TO
-- expect: rename-table@4, require-lock-timeout@4

ALTER TABLE line_items RENAME TO order_lines;
