var engine = dockerHost.docker();
engine.run("wiki", "mediawiki");
engine.container("wiki").publish(8080, 80);
