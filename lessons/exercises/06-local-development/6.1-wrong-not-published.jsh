var docs = desktop.run("docs", "nginx");
