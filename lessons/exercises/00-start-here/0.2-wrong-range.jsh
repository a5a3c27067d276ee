var mine   = Net.lab("my lab");
var office = mine.lan("office", "10.1.1.0/24");
var a      = office.host("a", "10.1.1.10");
var b      = office.host("b", "10.1.1.11");
