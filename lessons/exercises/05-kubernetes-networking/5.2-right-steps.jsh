var api = k8s.deployment("api", "api:3.0").port(8443).replicas(2);
var apiSvc = api.expose(443);
apiSvc.nodePort(30443);
