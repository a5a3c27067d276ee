var wiki = dockerHost.docker().run("wiki", "mediawiki").publish(8080, 80);
lab.trace(alice, dockerHost, 8080)
