var erp = esx1.hypervisor(VMWARE).vm("erp").bridged();
vmCluster.fail(esx1);
lab.trace(alice, erp, 443)
