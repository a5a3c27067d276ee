var storage = lab.lan("home").host("nas", "192.168.1.31");
