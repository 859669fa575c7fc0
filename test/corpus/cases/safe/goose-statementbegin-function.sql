-- case: goose StatementBegin/End around a plpgsql function
-- expect: clean
-- tool: goose

-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION normalize_email(raw text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN lower(trim(raw));
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP FUNCTION IF EXISTS normalize_email(text);
-- +goose StatementEnd
