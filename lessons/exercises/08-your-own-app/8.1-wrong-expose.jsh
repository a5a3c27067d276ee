var shop = docker.compose("""
    name: shop
    services:
      web:
        image: nginx:1.27
        expose: ["80"]
    """);
