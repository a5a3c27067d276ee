var shop = k8s.deployment("shop", "shop:1.4").replicas(2).port(8080);
k8s.ingress("public").rule("shop.example.com", "/", shop.expose(80));
