-- case: expand: new column kept in sync by a trigger
-- expect: clean
-- tool: diesel

SET lock_timeout = '2s';
ALTER TABLE posts ADD COLUMN content TEXT;
CREATE FUNCTION posts_sync_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.content := COALESCE(NEW.content, NEW.body);
  RETURN NEW;
END;
$$;
CREATE TRIGGER posts_sync_content BEFORE INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_sync_content();
