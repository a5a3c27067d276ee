var store = docker.run("store", "redis").on(backend).alias("redis");
lab.trace(api, store, 6379)
