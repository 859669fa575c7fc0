-- case: detach a dump partition
-- expect: require-concurrent-detach@5, require-lock-timeout@5
-- tool: plain

ALTER TABLE public.events DETACH PARTITION public.events_2024;
