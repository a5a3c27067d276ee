var office = lab.lan("office", "10.0.0.0/24");
var nas = office.host("nas", "10.0.0.30");
