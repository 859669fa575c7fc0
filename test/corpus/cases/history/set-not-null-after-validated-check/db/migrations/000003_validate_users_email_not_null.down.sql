-- Nothing to undo: VALIDATE only marks the constraint valid.
SELECT 1;
