var lab2   = Net.lab("my lab");
var office = lab2.lan("office", "10.1.0.0/24");
office.host("b", "10.1.0.20");
office.host("a", "10.1.0.21");
