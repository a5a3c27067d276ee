k8s.apply("""
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db-closed, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: db}}
      policyTypes: [Ingress]
    """)
