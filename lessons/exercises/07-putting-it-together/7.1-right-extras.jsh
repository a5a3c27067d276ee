var wikiNet = dockerHost.docker().network("wiki-net");
var wiki = dockerHost.docker().run("wiki", "mediawiki").on(wikiNet).publish(8080, 80);
