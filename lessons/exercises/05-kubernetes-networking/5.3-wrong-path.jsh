var orders = k8s.deployment("orders", "orders:1.0").replicas(2).port(7000);
var ordersSvc = orders.expose(80);
k8s.ingress("public").rule("shop.example.com", "/order", ordersSvc);
