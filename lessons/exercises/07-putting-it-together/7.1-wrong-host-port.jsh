var wiki = dockerHost.docker().run("wiki", "mediawiki").publish(80, 80);
