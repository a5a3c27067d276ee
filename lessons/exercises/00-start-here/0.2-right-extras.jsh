var mine = Net.lab("my lab");
var office = mine.lan("office", "10.1.0.0/24");
var guests = mine.lan("guests", "10.9.0.0/24");
var a = office.host("a", "10.1.0.10");
var c = office.host("c", "10.1.0.12");
var b = office.host("b", "10.1.0.11");
mine.trace(a, b, 80)
