k8s.apply("""
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db-default-deny, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: db}}
      policyTypes: [Ingress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db-allow-api, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: db}}
      policyTypes: [Ingress]
      ingress:
        - from:
            - podSelector: {matchLabels: {app: api}}
          ports:
            - protocol: TCP
              port: 5432
    """)
