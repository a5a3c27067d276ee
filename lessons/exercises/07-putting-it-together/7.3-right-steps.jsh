var hv = esx1.hypervisor(VMWARE);
var erp = hv.vm("erp");
erp.bridged();
lab.trace(alice, erp, 443);
vmCluster.fail(esx1);
