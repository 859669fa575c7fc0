DROP VIEW recent_posts; DROP TABLE posts;
