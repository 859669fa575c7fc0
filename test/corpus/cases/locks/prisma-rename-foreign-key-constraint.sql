-- case: Prisma RenameForeignKey: ALTER TABLE ... RENAME CONSTRAINT takes AccessExclusiveLock on the table
-- expect: require-lock-timeout@6
-- tool: prisma

-- RenameForeignKey
ALTER TABLE "Loan" RENAME CONSTRAINT "Loan_bookId_fkey_old" TO "Loan_bookId_fkey";
