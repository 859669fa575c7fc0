-- case: ALTER COLUMN ... TYPE cannot take a GENERATED clause (an expression is changed with SET EXPRESSION, from
-- case: PostgreSQL 17); PostgreSQL 15 fails with syntax error at or near "GENERATED".
-- tool: flyway
-- expect: syntax-error@5
ALTER TABLE deliveries
ALTER COLUMN "transit_ms" TYPE BIGINT
  GENERATED ALWAYS AS (
    EXTRACT(EPOCH FROM (
      COALESCE((doc ->> 'deliveredAt')::timestamp, '2100-01-01'::timestamp)
      - (doc ->> 'pickedUpAt')::timestamp
    )) * 1000
  ) STORED;
