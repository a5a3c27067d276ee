var edge = dc.host("edge", "10.30.0.30");
edge.docker().run("a", "nginx");
edge.docker().run("b", "redis");
edge.hypervisor(VIRTUALBOX).vm("c").nat();
