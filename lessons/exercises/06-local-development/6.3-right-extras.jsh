desktop.run("cache", "redis").publish("127.0.0.1", 6379, 6379);
var pg = desktop.run("pg", "postgres:16").publish("127.0.0.1", 5432, 5432);
