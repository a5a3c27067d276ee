k8s.apply("""
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db-from-pods, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: db}}
      ingress:
        - from: [{podSelector: {}}]
          ports: [{port: 5432}]
    """)
