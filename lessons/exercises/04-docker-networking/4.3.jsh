var store = docker.run("store", "redis").on(backend);
