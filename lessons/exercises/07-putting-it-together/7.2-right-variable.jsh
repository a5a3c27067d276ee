var shop = k8s.deployment("shop", "shop:1.4").port(8080).replicas(3);
var shopSvc = shop.expose(80);
k8s.ingress("public").rule("shop.example.com", "/", PathType.PREFIX, shopSvc);
