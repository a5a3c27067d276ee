var shop2 = docker2.compose("""
    name: shop2
    services:
      web:
        image: nginx:1.27
      api:
        image: example/shop-api:3.2
      db:
        image: postgres:16
    """);
