-- case: event trigger that logs DDL; SECURITY DEFINER function with a pinned search_path
-- expect: clean
-- tool: plain

CREATE TABLE ddl_log (id bigserial PRIMARY KEY, tag text, object_identity text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION log_ddl() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    INSERT INTO ddl_log (tag, object_identity) VALUES (r.command_tag, r.object_identity);
  END LOOP;
END;
$fn$;

CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end EXECUTE FUNCTION log_ddl();
