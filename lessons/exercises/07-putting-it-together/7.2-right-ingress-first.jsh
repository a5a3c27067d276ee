var ingress = k8s.ingress("public");
var shopSvc = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80);
ingress.rule("shop.example.com", "/", shopSvc);
lab.trace(INTERNET, "http://shop.example.com/")
