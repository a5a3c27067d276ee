var shop = docker.compose("""
    name: shop
    services:
      web:
        image: nginx:1.27
        ports:
          - target: 80
            published: 8080
            protocol: tcp
    """);
