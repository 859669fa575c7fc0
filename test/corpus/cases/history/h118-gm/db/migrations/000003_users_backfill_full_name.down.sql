-- nothing to undo: the data stays
SELECT 1;
