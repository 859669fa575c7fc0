CREATE TABLE articles (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    headline varchar(120) NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_reactions (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    article_id integer NOT NULL REFERENCES articles ON DELETE CASCADE,
    weight smallint NOT NULL
);

CREATE INDEX article_reactions_article_id_idx ON article_reactions (article_id);
