var erp = esx1.hypervisor(VMWARE).vm("erp").bridged().memory(8192);
esx2.hypervisor(VMWARE).vm("erp-db").bridged();
vmCluster.fail(esx1);
