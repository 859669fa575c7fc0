DROP TABLE "Orders"; DROP TABLE widgets;
