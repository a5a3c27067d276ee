var shop = docker.compose("""
    name: shop
    services:
      web:
        image: nginx:1.27
        ports: ["127.0.0.1:8080:80"]
    """);
