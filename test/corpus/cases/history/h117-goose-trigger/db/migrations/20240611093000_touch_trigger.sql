-- case: trigger on an existing table
-- tool: goose
-- expect: require-lock-timeout@14, require-lock-timeout@18
-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch_account() RETURNS trigger AS $$
BEGIN
  NEW.plan := coalesce(NEW.plan, 'free');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

CREATE TRIGGER accounts_touch BEFORE INSERT ON accounts
  FOR EACH ROW EXECUTE FUNCTION touch_account();

-- +goose Down
DROP TRIGGER accounts_touch ON accounts;
DROP FUNCTION touch_account();
