var wishlist = k8s.deployment("wishlist", "wishlist:1.0").replicas(1).port(9091);
var cart = k8s.deployment("cart", "cart:2.1").replicas(2).port(9090);
var cartSvc = cart.expose(80);
