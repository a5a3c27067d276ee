var cart = k8s.deployment("cart", "cart:2.1").port(9090).replicas(2);
cart.expose(80);
