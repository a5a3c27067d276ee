var applied = k8s.apply("""
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: only-api-to-db
      namespace: shop
    spec:
      podSelector:
        matchLabels:
          app: db
      ingress:
        - from:
            - podSelector:
                matchLabels:
                  app: api
    """);
