UPDATE posts SET content = body WHERE content IS NULL AND id BETWEEN 1 AND 100000;
