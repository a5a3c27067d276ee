var cart = k8s.deployment("cart", "cart:2.1").replicas(2).port(9090);
var cartSvc = cart.expose(9090);
