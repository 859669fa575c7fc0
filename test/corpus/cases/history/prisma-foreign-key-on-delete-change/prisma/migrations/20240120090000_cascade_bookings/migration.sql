-- case: Prisma changes onDelete by dropping and re-adding the foreign key: the drop takes AccessExclusiveLock on both tables, held while the re-added key scans every booking
-- expect: require-lock-timeout@6, constraint-without-not-valid@9, foreign-key-without-index@9, lock-held-during-slow-operation@9
-- tool: prisma

-- DropForeignKey
ALTER TABLE "Booking" DROP CONSTRAINT "Booking_roomId_fkey";

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
