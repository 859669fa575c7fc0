-- case: IF NOT EXISTS does not make an index build safe: each of these is built on a live table without
-- case: CONCURRENTLY, blocking writes to it for the whole build.
-- tool: flyway
-- expect: require-concurrent-index@5, require-lock-timeout@5, require-concurrent-index@6, require-concurrent-index@7
create index if not exists tickets_requester on tickets (requester_id);
create index if not exists ticket_links_source on ticket_links (source_ticket_id);
create index if not exists ticket_links_target on ticket_links (target_ticket_id);
