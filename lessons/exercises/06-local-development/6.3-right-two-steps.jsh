desktop.run("pg", "postgres:16");
desktop.container("pg").publish("127.0.0.1", 5432, 5432);
lab.trace(laptop, laptop, 5432)
