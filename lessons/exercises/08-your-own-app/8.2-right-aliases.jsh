var shop2 = docker2.compose("""
    name: shop2
    services:
      web:
        image: nginx:1.27
        networks:
          front: {}
      api:
        image: example/shop-api:3.2
        networks:
          front: {}
          back: {}
      db:
        image: postgres:16
        networks:
          back:
            aliases: [database]
    networks:
      front: {}
      back:
        internal: true
        ipam:
          config:
            - subnet: 10.77.0.0/24
    """);
