var wiki = dockerHost.docker().run("wiki", "mediawiki").publish(8080, 8080);
