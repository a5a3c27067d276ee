var cart = k8s.deployment("cart", "cart:2.1").replicas(1).port(9090);
var cartSvc = cart.expose(80);
