var ordersSvc = k8s.deployment("orders", "orders:1.0").port(7000).replicas(2).expose(80);
k8s.ingress("public").rule("shop.example.com", "/orders/", ordersSvc);
lab.trace(INTERNET, "http://shop.example.com/orders")
