var dbC = docker.run("db", "postgres:16").on(backend);
lab.trace(api, "db", 5432)
