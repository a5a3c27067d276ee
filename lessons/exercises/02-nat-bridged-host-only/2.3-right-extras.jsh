var vault = vbox.vm("vault").hostOnly();
var vault2 = vbox.vm("vault-replica").hostOnly();
