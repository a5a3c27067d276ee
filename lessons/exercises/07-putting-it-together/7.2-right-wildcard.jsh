var shopSvc = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80);
k8s.ingress("public").rule("*.example.com", "/", shopSvc);
lab.trace(INTERNET, "http://shop.example.com/")
