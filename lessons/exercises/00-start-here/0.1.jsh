var nas = home.host("nas", "192.168.1.30");
