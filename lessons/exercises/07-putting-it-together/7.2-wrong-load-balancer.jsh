var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
shop.expose(80).loadBalancer().publicName("shop.example.com");
