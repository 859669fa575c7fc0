-- case: style rules enabled: json, int key, serial, timestamp, varchar(n), char(n)
-- expect: prefer-jsonb@6, prefer-bigint@6, prefer-identity@6, prefer-timestamptz@6, prefer-text@6, ban-char@6
-- tool: plain
-- rules: prefer-bigint=warning, prefer-identity=warning, prefer-timestamptz=warning, prefer-text=warning, ban-char=warning

CREATE TABLE webhooks (
    id serial PRIMARY KEY,
    payload json NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    delivered_at timestamp,
    url varchar(2048) NOT NULL,
    status char(1) NOT NULL DEFAULT 'p'
);
