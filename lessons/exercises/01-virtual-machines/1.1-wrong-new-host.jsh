var esx3 = office.host("esx3", "10.20.0.13");
var cache = esx3.hypervisor(KVM).vm("cache").bridged();
