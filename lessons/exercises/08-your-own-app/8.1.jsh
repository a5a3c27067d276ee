var shop = docker.compose("""
    name: shop
    services:
      web:
        image: nginx:1.27
        ports: ["8080:80"]
    """);
lab.trace(phone, laptop, 8080)
