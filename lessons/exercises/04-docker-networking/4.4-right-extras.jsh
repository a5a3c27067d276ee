docker.run("cadvisor", "gcr.io/cadvisor/cadvisor").publish(8088, 8080);
var metrics = docker.run("metrics", "prom/node-exporter").hostNetwork();
