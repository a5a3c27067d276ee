var mine   = Net.lab("My Lab");
var office = mine.lan("office", "10.1.0.0/24");
var a      = office.host("a", "10.1.0.10");
var b      = office.host("b", "10.1.0.11");
