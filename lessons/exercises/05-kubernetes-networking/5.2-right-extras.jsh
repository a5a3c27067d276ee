var metricsDep = k8s.deployment("api-metrics", "metrics:1").replicas(1).port(9100);
metricsDep.expose(9100).nodePort(30910);
var api = k8s.deployment("api", "api:3.0").replicas(2).port(8443);
var apiSvc = api.expose(443).nodePort(30443);
