var shop = docker.compose("""
    name: shop
    services:
      cache:
        image: redis:7
        expose: ["6379"]
      web:
        image: nginx:1.27
        ports: ["0.0.0.0:8080:80"]
        depends_on: [cache]
    """);
var cache = shop.container("cache");
