var nas = Net.lab("home lab").lan("home", "192.168.1.0/24").host("nas", "192.168.1.30");
