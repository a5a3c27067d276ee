var printer = home.host("printer", "192.168.1.40");
var nas = home.host("nas", "192.168.1.41");
lab.trace(laptop, nas, 445)
