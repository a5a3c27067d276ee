Host add(Lan lan, String name, String address) {
    return lan.host(name, address);
}
var o = Net.lab("my lab").lan("office", "10.1.0.0/24");
var first = add(o, "a", "10.1.0.5");
var second = add(o, "b", "10.1.0.6");
Net.lab("my lab").trace(first, second, 80)
