var orders = k8s.deployment("orders", "orders:1.0").replicas(2).port(7000);
k8s.ingress("public").rule("shop.example.com", "/orders", PathType.PREFIX, orders.expose(80));
