var mine = Net.lab("my lab");
var a    = mine.lan("office", "10.1.0.0/24").host("a", "10.1.0.10");
var b    = mine.lan("lab", "10.2.0.0/24").host("b", "10.2.0.11");
