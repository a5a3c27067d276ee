desktop.run("docs", "nginx");
desktop.container("docs").publish(8090, 80);
