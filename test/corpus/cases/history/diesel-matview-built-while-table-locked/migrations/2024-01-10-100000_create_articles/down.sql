DROP TABLE article_reactions;
DROP TABLE articles;
