var cacheNet = docker.network("cache");
api.on(cacheNet);
var store = docker.run("store", "redis").on(cacheNet);
