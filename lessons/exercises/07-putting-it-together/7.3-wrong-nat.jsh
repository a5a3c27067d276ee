var erp = esx1.hypervisor(VMWARE).vm("erp").nat();
vmCluster.fail(esx1);
