vmCluster.members().get(0).vm("erp").bridged();
vmCluster.fail(esx1);
lab.trace(alice, lab.endpoint("erp"), 443)
