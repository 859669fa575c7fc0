DROP TABLE "tag";
DROP TABLE "post";
