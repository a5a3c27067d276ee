docker.run("store", "redis").on(docker.network("backend"));
