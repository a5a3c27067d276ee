var mixed = dc.host("mixed", "10.30.0.20");
mixed.docker().run("legacy", "debian");
mixed.docker().run("cache", "redis");
