dc.host("mixed", "10.30.0.20").hypervisor(VIRTUALBOX).vm("legacy").bridged();
lab.hosts().stream().filter(h -> h.name().equals("mixed")).findFirst().get().docker().run("cache", "redis");
