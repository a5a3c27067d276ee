var erp = dockerHost.hypervisor(VMWARE).vm("erp").bridged();
vmCluster.fail(esx1);
