var pg = desktop.run("pg", "postgres:16").publish("127.0.0.1", 5432, 5432, Protocol.TCP);
