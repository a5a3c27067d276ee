var docs = desktop.run("docs", "nginx").publish(8009, 80);
