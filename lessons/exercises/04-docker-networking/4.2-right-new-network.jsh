var data = docker.network("data");
api.on(data);
docker.run("db", "postgres:16").on(data);
lab.trace(api, "db", 5432)
