DROP TABLE "user"; DROP TABLE "Orders";
