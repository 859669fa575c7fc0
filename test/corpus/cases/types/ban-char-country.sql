-- case: ban-char enabled: char(2)
-- expect: ban-char@5
-- rules: ban-char=warning

CREATE TABLE shipping_zones (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  country_code char(2) NOT NULL,
  name text NOT NULL
);
