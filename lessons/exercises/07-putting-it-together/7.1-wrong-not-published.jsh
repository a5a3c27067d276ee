var wiki = dockerHost.docker().run("wiki", "mediawiki");
