var nas = home.host("nass", "192.168.1.30");
