var docs = desktop.run("docs", "nginx").publish("127.0.0.1", 8090, 80);
