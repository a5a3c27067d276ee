var ci = desktop.machine().kind("ci", 3);
ci.deployment("runner", "runner:1").replicas(2).port(8080);
ci.addressPlan()
