var dbC = docker.run("postgres", "postgres:16").on(backend);
