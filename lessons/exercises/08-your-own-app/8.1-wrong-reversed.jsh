var shop = docker.compose("""
    name: shop
    services:
      web:
        image: nginx:1.27
        ports: ["80:8080"]
    """);
