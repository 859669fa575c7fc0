CREATE TABLE event_execution (
    id SERIAL,
    event_handler_name varchar(255) NOT NULL,
    event_name varchar(255) NOT NULL,
    message_id varchar(255) NOT NULL,
    execution_id varchar(255) NOT NULL,
    created_on TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_event_execution ON event_execution (event_handler_name,event_name,message_id);
