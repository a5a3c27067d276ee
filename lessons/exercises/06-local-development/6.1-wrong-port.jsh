var docs = desktop.run("docs", "nginx").publish(8090, 8090);
