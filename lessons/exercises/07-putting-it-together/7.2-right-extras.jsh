var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
var blog = k8s.deployment("blog", "blog:2").replicas(1).port(8080);
k8s.ingress("public").rule("blog.example.com", "/", blog.expose(80)).rule("shop.example.com", "/", shop.expose(80));
