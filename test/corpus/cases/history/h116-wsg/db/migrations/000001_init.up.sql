-- case: squashed golang-migrate history: 000001_init.up.sql made from pg_dump --schema-only of the old 80 migrations; one FK (audit_log.actor_id) was never indexed
-- expect: foreign-key-without-index@1019
-- tool: golang-migrate
SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

CREATE SCHEMA billing;

CREATE FUNCTION billing.close_period() RETURNS void
    LANGUAGE plpgsql
    AS $_$
BEGIN
  -- COMMIT; BEGIN; inside a body are not transactions
  UPDATE billing.invoices SET status = 'closed' WHERE status = 'open';
  EXECUTE 'ALTER TABLE billing.invoices ADD CONSTRAINT x CHECK (amount > 0)';
END;
$_$;

--
-- Name: entity_00; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_00 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_00 OWNER TO app;

CREATE SEQUENCE billing.entity_00_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_00_id_seq OWNED BY billing.entity_00.id;

ALTER TABLE ONLY billing.entity_00 ALTER COLUMN id SET DEFAULT nextval('billing.entity_00_id_seq'::regclass);

--
-- Name: entity_01; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_01 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_01 OWNER TO app;

CREATE SEQUENCE billing.entity_01_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_01_id_seq OWNED BY billing.entity_01.id;

ALTER TABLE ONLY billing.entity_01 ALTER COLUMN id SET DEFAULT nextval('billing.entity_01_id_seq'::regclass);

--
-- Name: entity_02; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_02 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_02 OWNER TO app;

CREATE SEQUENCE billing.entity_02_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_02_id_seq OWNED BY billing.entity_02.id;

ALTER TABLE ONLY billing.entity_02 ALTER COLUMN id SET DEFAULT nextval('billing.entity_02_id_seq'::regclass);

--
-- Name: entity_03; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_03 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_03 OWNER TO app;

CREATE SEQUENCE billing.entity_03_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_03_id_seq OWNED BY billing.entity_03.id;

ALTER TABLE ONLY billing.entity_03 ALTER COLUMN id SET DEFAULT nextval('billing.entity_03_id_seq'::regclass);

--
-- Name: entity_04; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_04 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_04 OWNER TO app;

CREATE SEQUENCE billing.entity_04_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_04_id_seq OWNED BY billing.entity_04.id;

ALTER TABLE ONLY billing.entity_04 ALTER COLUMN id SET DEFAULT nextval('billing.entity_04_id_seq'::regclass);

--
-- Name: entity_05; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_05 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_05 OWNER TO app;

CREATE SEQUENCE billing.entity_05_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_05_id_seq OWNED BY billing.entity_05.id;

ALTER TABLE ONLY billing.entity_05 ALTER COLUMN id SET DEFAULT nextval('billing.entity_05_id_seq'::regclass);

--
-- Name: entity_06; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_06 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_06 OWNER TO app;

CREATE SEQUENCE billing.entity_06_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_06_id_seq OWNED BY billing.entity_06.id;

ALTER TABLE ONLY billing.entity_06 ALTER COLUMN id SET DEFAULT nextval('billing.entity_06_id_seq'::regclass);

--
-- Name: entity_07; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_07 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_07 OWNER TO app;

CREATE SEQUENCE billing.entity_07_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_07_id_seq OWNED BY billing.entity_07.id;

ALTER TABLE ONLY billing.entity_07 ALTER COLUMN id SET DEFAULT nextval('billing.entity_07_id_seq'::regclass);

--
-- Name: entity_08; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_08 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_08 OWNER TO app;

CREATE SEQUENCE billing.entity_08_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_08_id_seq OWNED BY billing.entity_08.id;

ALTER TABLE ONLY billing.entity_08 ALTER COLUMN id SET DEFAULT nextval('billing.entity_08_id_seq'::regclass);

--
-- Name: entity_09; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_09 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_09 OWNER TO app;

CREATE SEQUENCE billing.entity_09_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_09_id_seq OWNED BY billing.entity_09.id;

ALTER TABLE ONLY billing.entity_09 ALTER COLUMN id SET DEFAULT nextval('billing.entity_09_id_seq'::regclass);

--
-- Name: entity_10; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_10 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_10 OWNER TO app;

CREATE SEQUENCE billing.entity_10_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_10_id_seq OWNED BY billing.entity_10.id;

ALTER TABLE ONLY billing.entity_10 ALTER COLUMN id SET DEFAULT nextval('billing.entity_10_id_seq'::regclass);

--
-- Name: entity_11; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_11 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_11 OWNER TO app;

CREATE SEQUENCE billing.entity_11_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_11_id_seq OWNED BY billing.entity_11.id;

ALTER TABLE ONLY billing.entity_11 ALTER COLUMN id SET DEFAULT nextval('billing.entity_11_id_seq'::regclass);

--
-- Name: entity_12; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_12 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_12 OWNER TO app;

CREATE SEQUENCE billing.entity_12_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_12_id_seq OWNED BY billing.entity_12.id;

ALTER TABLE ONLY billing.entity_12 ALTER COLUMN id SET DEFAULT nextval('billing.entity_12_id_seq'::regclass);

--
-- Name: entity_13; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_13 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_13 OWNER TO app;

CREATE SEQUENCE billing.entity_13_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_13_id_seq OWNED BY billing.entity_13.id;

ALTER TABLE ONLY billing.entity_13 ALTER COLUMN id SET DEFAULT nextval('billing.entity_13_id_seq'::regclass);

--
-- Name: entity_14; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_14 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_14 OWNER TO app;

CREATE SEQUENCE billing.entity_14_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_14_id_seq OWNED BY billing.entity_14.id;

ALTER TABLE ONLY billing.entity_14 ALTER COLUMN id SET DEFAULT nextval('billing.entity_14_id_seq'::regclass);

--
-- Name: entity_15; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_15 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_15 OWNER TO app;

CREATE SEQUENCE billing.entity_15_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_15_id_seq OWNED BY billing.entity_15.id;

ALTER TABLE ONLY billing.entity_15 ALTER COLUMN id SET DEFAULT nextval('billing.entity_15_id_seq'::regclass);

--
-- Name: entity_16; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_16 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_16 OWNER TO app;

CREATE SEQUENCE billing.entity_16_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_16_id_seq OWNED BY billing.entity_16.id;

ALTER TABLE ONLY billing.entity_16 ALTER COLUMN id SET DEFAULT nextval('billing.entity_16_id_seq'::regclass);

--
-- Name: entity_17; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_17 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_17 OWNER TO app;

CREATE SEQUENCE billing.entity_17_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_17_id_seq OWNED BY billing.entity_17.id;

ALTER TABLE ONLY billing.entity_17 ALTER COLUMN id SET DEFAULT nextval('billing.entity_17_id_seq'::regclass);

--
-- Name: entity_18; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_18 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_18 OWNER TO app;

CREATE SEQUENCE billing.entity_18_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_18_id_seq OWNED BY billing.entity_18.id;

ALTER TABLE ONLY billing.entity_18 ALTER COLUMN id SET DEFAULT nextval('billing.entity_18_id_seq'::regclass);

--
-- Name: entity_19; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_19 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_19 OWNER TO app;

CREATE SEQUENCE billing.entity_19_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_19_id_seq OWNED BY billing.entity_19.id;

ALTER TABLE ONLY billing.entity_19 ALTER COLUMN id SET DEFAULT nextval('billing.entity_19_id_seq'::regclass);

--
-- Name: entity_20; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_20 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_20 OWNER TO app;

CREATE SEQUENCE billing.entity_20_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_20_id_seq OWNED BY billing.entity_20.id;

ALTER TABLE ONLY billing.entity_20 ALTER COLUMN id SET DEFAULT nextval('billing.entity_20_id_seq'::regclass);

--
-- Name: entity_21; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_21 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_21 OWNER TO app;

CREATE SEQUENCE billing.entity_21_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_21_id_seq OWNED BY billing.entity_21.id;

ALTER TABLE ONLY billing.entity_21 ALTER COLUMN id SET DEFAULT nextval('billing.entity_21_id_seq'::regclass);

--
-- Name: entity_22; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_22 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_22 OWNER TO app;

CREATE SEQUENCE billing.entity_22_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_22_id_seq OWNED BY billing.entity_22.id;

ALTER TABLE ONLY billing.entity_22 ALTER COLUMN id SET DEFAULT nextval('billing.entity_22_id_seq'::regclass);

--
-- Name: entity_23; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_23 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_23 OWNER TO app;

CREATE SEQUENCE billing.entity_23_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_23_id_seq OWNED BY billing.entity_23.id;

ALTER TABLE ONLY billing.entity_23 ALTER COLUMN id SET DEFAULT nextval('billing.entity_23_id_seq'::regclass);

--
-- Name: entity_24; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_24 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_24 OWNER TO app;

CREATE SEQUENCE billing.entity_24_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_24_id_seq OWNED BY billing.entity_24.id;

ALTER TABLE ONLY billing.entity_24 ALTER COLUMN id SET DEFAULT nextval('billing.entity_24_id_seq'::regclass);

--
-- Name: entity_25; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_25 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_25 OWNER TO app;

CREATE SEQUENCE billing.entity_25_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_25_id_seq OWNED BY billing.entity_25.id;

ALTER TABLE ONLY billing.entity_25 ALTER COLUMN id SET DEFAULT nextval('billing.entity_25_id_seq'::regclass);

--
-- Name: entity_26; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_26 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_26 OWNER TO app;

CREATE SEQUENCE billing.entity_26_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_26_id_seq OWNED BY billing.entity_26.id;

ALTER TABLE ONLY billing.entity_26 ALTER COLUMN id SET DEFAULT nextval('billing.entity_26_id_seq'::regclass);

--
-- Name: entity_27; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_27 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_27 OWNER TO app;

CREATE SEQUENCE billing.entity_27_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_27_id_seq OWNED BY billing.entity_27.id;

ALTER TABLE ONLY billing.entity_27 ALTER COLUMN id SET DEFAULT nextval('billing.entity_27_id_seq'::regclass);

--
-- Name: entity_28; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_28 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_28 OWNER TO app;

CREATE SEQUENCE billing.entity_28_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_28_id_seq OWNED BY billing.entity_28.id;

ALTER TABLE ONLY billing.entity_28 ALTER COLUMN id SET DEFAULT nextval('billing.entity_28_id_seq'::regclass);

--
-- Name: entity_29; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.entity_29 (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    amount numeric(12,2) DEFAULT 0 NOT NULL,
    parent_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.entity_29 OWNER TO app;

CREATE SEQUENCE billing.entity_29_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE billing.entity_29_id_seq OWNED BY billing.entity_29.id;

ALTER TABLE ONLY billing.entity_29 ALTER COLUMN id SET DEFAULT nextval('billing.entity_29_id_seq'::regclass);

CREATE TABLE billing.audit_log (
    id bigint NOT NULL,
    actor_id bigint,
    payload jsonb NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY billing.entity_00
    ADD CONSTRAINT entity_00_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_01
    ADD CONSTRAINT entity_01_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_02
    ADD CONSTRAINT entity_02_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_03
    ADD CONSTRAINT entity_03_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_04
    ADD CONSTRAINT entity_04_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_05
    ADD CONSTRAINT entity_05_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_06
    ADD CONSTRAINT entity_06_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_07
    ADD CONSTRAINT entity_07_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_08
    ADD CONSTRAINT entity_08_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_09
    ADD CONSTRAINT entity_09_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_10
    ADD CONSTRAINT entity_10_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_11
    ADD CONSTRAINT entity_11_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_12
    ADD CONSTRAINT entity_12_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_13
    ADD CONSTRAINT entity_13_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_14
    ADD CONSTRAINT entity_14_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_15
    ADD CONSTRAINT entity_15_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_16
    ADD CONSTRAINT entity_16_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_17
    ADD CONSTRAINT entity_17_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_18
    ADD CONSTRAINT entity_18_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_19
    ADD CONSTRAINT entity_19_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_20
    ADD CONSTRAINT entity_20_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_21
    ADD CONSTRAINT entity_21_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_22
    ADD CONSTRAINT entity_22_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_23
    ADD CONSTRAINT entity_23_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_24
    ADD CONSTRAINT entity_24_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_25
    ADD CONSTRAINT entity_25_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_26
    ADD CONSTRAINT entity_26_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_27
    ADD CONSTRAINT entity_27_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_28
    ADD CONSTRAINT entity_28_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.entity_29
    ADD CONSTRAINT entity_29_pkey PRIMARY KEY (id);

ALTER TABLE ONLY billing.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

CREATE INDEX entity_01_parent_id_idx ON billing.entity_01 USING btree (parent_id);

CREATE INDEX entity_02_parent_id_idx ON billing.entity_02 USING btree (parent_id);

CREATE INDEX entity_03_parent_id_idx ON billing.entity_03 USING btree (parent_id);

CREATE INDEX entity_04_parent_id_idx ON billing.entity_04 USING btree (parent_id);

CREATE INDEX entity_05_parent_id_idx ON billing.entity_05 USING btree (parent_id);

CREATE INDEX entity_06_parent_id_idx ON billing.entity_06 USING btree (parent_id);

CREATE INDEX entity_07_parent_id_idx ON billing.entity_07 USING btree (parent_id);

CREATE INDEX entity_08_parent_id_idx ON billing.entity_08 USING btree (parent_id);

CREATE INDEX entity_09_parent_id_idx ON billing.entity_09 USING btree (parent_id);

CREATE INDEX entity_10_parent_id_idx ON billing.entity_10 USING btree (parent_id);

CREATE INDEX entity_11_parent_id_idx ON billing.entity_11 USING btree (parent_id);

CREATE INDEX entity_12_parent_id_idx ON billing.entity_12 USING btree (parent_id);

CREATE INDEX entity_13_parent_id_idx ON billing.entity_13 USING btree (parent_id);

CREATE INDEX entity_14_parent_id_idx ON billing.entity_14 USING btree (parent_id);

CREATE INDEX entity_15_parent_id_idx ON billing.entity_15 USING btree (parent_id);

CREATE INDEX entity_16_parent_id_idx ON billing.entity_16 USING btree (parent_id);

CREATE INDEX entity_17_parent_id_idx ON billing.entity_17 USING btree (parent_id);

CREATE INDEX entity_18_parent_id_idx ON billing.entity_18 USING btree (parent_id);

CREATE INDEX entity_19_parent_id_idx ON billing.entity_19 USING btree (parent_id);

CREATE INDEX entity_20_parent_id_idx ON billing.entity_20 USING btree (parent_id);

CREATE INDEX entity_21_parent_id_idx ON billing.entity_21 USING btree (parent_id);

CREATE INDEX entity_22_parent_id_idx ON billing.entity_22 USING btree (parent_id);

CREATE INDEX entity_23_parent_id_idx ON billing.entity_23 USING btree (parent_id);

CREATE INDEX entity_24_parent_id_idx ON billing.entity_24 USING btree (parent_id);

CREATE INDEX entity_25_parent_id_idx ON billing.entity_25 USING btree (parent_id);

CREATE INDEX entity_26_parent_id_idx ON billing.entity_26 USING btree (parent_id);

CREATE INDEX entity_27_parent_id_idx ON billing.entity_27 USING btree (parent_id);

CREATE INDEX entity_28_parent_id_idx ON billing.entity_28 USING btree (parent_id);

CREATE INDEX entity_29_parent_id_idx ON billing.entity_29 USING btree (parent_id);

ALTER TABLE ONLY billing.entity_01
    ADD CONSTRAINT entity_01_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_00(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_02
    ADD CONSTRAINT entity_02_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_01(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_03
    ADD CONSTRAINT entity_03_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_02(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_04
    ADD CONSTRAINT entity_04_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_03(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_05
    ADD CONSTRAINT entity_05_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_04(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_06
    ADD CONSTRAINT entity_06_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_05(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_07
    ADD CONSTRAINT entity_07_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_06(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_08
    ADD CONSTRAINT entity_08_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_07(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_09
    ADD CONSTRAINT entity_09_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_08(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_10
    ADD CONSTRAINT entity_10_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_09(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_11
    ADD CONSTRAINT entity_11_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_10(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_12
    ADD CONSTRAINT entity_12_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_11(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_13
    ADD CONSTRAINT entity_13_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_12(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_14
    ADD CONSTRAINT entity_14_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_13(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_15
    ADD CONSTRAINT entity_15_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_14(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_16
    ADD CONSTRAINT entity_16_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_15(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_17
    ADD CONSTRAINT entity_17_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_16(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_18
    ADD CONSTRAINT entity_18_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_17(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_19
    ADD CONSTRAINT entity_19_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_18(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_20
    ADD CONSTRAINT entity_20_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_19(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_21
    ADD CONSTRAINT entity_21_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_20(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_22
    ADD CONSTRAINT entity_22_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_21(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_23
    ADD CONSTRAINT entity_23_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_22(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_24
    ADD CONSTRAINT entity_24_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_23(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_25
    ADD CONSTRAINT entity_25_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_24(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_26
    ADD CONSTRAINT entity_26_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_25(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_27
    ADD CONSTRAINT entity_27_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_26(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_28
    ADD CONSTRAINT entity_28_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_27(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.entity_29
    ADD CONSTRAINT entity_29_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES billing.entity_28(id) ON DELETE CASCADE;

ALTER TABLE ONLY billing.audit_log
    ADD CONSTRAINT audit_log_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES billing.entity_00(id);

CREATE TABLE billing.invoices (
    id bigint NOT NULL PRIMARY KEY,
    status text NOT NULL,
    amount numeric NOT NULL
);

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
    CREATE ROLE reporting;
  END IF;
END
$$;

GRANT SELECT ON ALL TABLES IN SCHEMA billing TO reporting;
