CREATE TABLE public.events (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL
);
