var api = k8s.deployment("api", "api:3.0").replicas(2).port(443);
var apiSvc = api.expose(443).nodePort(30443);
