home.host("nas", "192.168.1.200");
lab.trace(laptop, lab.endpoint("nas"), 445)
