var dbC = docker.run("db", "postgres:16");
