var pg = desktop.run("pg", "postgres:16").publish("127.0.0.1", 15432, 5432);
