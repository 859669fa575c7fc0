-- case: DROP INDEX through the path drops public.sessions_token_idx (tenant_a has no such index)
-- tool: plain
-- expect: require-lock-timeout@6, require-concurrent-drop-index@6

SET search_path TO tenant_a, public;
DROP INDEX sessions_token_idx;
