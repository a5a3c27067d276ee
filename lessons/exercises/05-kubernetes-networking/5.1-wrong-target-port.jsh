var cart = k8s.deployment("cart", "cart:2.1").replicas(2).port(80);
var cartSvc = cart.expose(80);
