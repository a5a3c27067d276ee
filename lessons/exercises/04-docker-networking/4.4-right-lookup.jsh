host.docker().run("metrics", "prom/node-exporter").hostNetwork();
lab.trace(phone, host, 9100)
