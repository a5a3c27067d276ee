docker.run("db", "postgres:16").on(docker.network("backend"));
