dockerHost.docker().run("wiki", "mediawiki").publish("10.10.0.30", 8080, 80);
lab.trace(alice, dockerHost, 8080)
