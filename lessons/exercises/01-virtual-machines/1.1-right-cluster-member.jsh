cluster.members().get(1).vm("cache").bridged();
lab.trace(client, lab.endpoint("cache"), 6379)
