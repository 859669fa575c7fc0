-- case: TypeORM relation: FK without NOT VALID and without an index on "userId"
-- expect: constraint-without-not-valid@4, foreign-key-without-index@4, require-lock-timeout@4

ALTER TABLE "photo" ADD CONSTRAINT "FK_4494006ff358f754d07df5ccc87" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
