-- case: ALTER SEQUENCE OWNED BY on a dump sequence
-- expect: require-lock-timeout@5
-- tool: plain

ALTER SEQUENCE public.customers_id_seq OWNED BY NONE;
