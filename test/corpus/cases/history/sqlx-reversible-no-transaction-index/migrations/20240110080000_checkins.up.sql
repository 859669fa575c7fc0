CREATE TABLE checkins (id bigint PRIMARY KEY, kiosk_id bigint NOT NULL, at timestamptz NOT NULL);
