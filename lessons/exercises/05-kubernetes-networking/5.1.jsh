var cart = k8s.deployment("cart", "cart:2.1").replicas(2).port(9090);
var cartSvc = cart.expose(80);
lab.trace(tools.pods().get(0), cartSvc, 80)
