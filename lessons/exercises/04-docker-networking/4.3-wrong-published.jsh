var store = docker.run("store", "redis").on(backend).publish(6379, 6379);
