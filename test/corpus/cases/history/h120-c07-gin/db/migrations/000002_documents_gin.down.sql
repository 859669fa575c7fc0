DROP INDEX documents_tags_idx; DROP INDEX documents_meta_idx;
