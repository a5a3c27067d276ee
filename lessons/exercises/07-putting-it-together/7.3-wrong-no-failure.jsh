var erp = esx1.hypervisor(VMWARE).vm("erp").bridged();
