CREATE SCHEMA IF NOT EXISTS dispatch;
ALTER SCHEMA dispatch OWNER TO dispatch;

CREATE TABLE dispatch.outbox (
  id SERIAL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  available_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  topic varchar(200) NOT NULL,
  event_key varchar(200) NOT NULL,
  attempts integer DEFAULT 0,
  claimed boolean DEFAULT false,
  body TEXT,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX outbox_topic_event_key ON dispatch.outbox (topic, event_key);
CREATE INDEX outbox_poll ON dispatch.outbox (topic, claimed, available_at, created_at);
