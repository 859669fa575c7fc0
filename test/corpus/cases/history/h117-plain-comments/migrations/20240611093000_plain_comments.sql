-- case: only comments
-- tool: plain
-- expect: clean
-- TODO: nothing to do yet
/* placeholder migration kept so numbering stays aligned */
