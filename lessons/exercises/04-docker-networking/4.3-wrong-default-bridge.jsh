var store = docker.run("store", "redis");
