k8s.deployment("api", "api:3.0").replicas(2).port(8443).expose(443).nodePort(30443);
lab.trace(laptop, k8s.nodes().get(2), 30443)
