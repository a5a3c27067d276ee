var docs = laptop.docker().run("docs", "nginx").publish(8090, 80);
