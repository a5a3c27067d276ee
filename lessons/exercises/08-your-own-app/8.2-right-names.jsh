var shop2 = docker2.compose("""
    name: shop2
    services:
      db:
        image: postgres:16
        networks: [data]
      api:
        image: example/shop-api:3.2
        networks: [public, data]
      web:
        image: nginx:1.27
        networks: [public]
    networks:
      public: {}
      data: {}
    """);
