var store = docker.run("store", "redis").on(docker.network("cache"));
