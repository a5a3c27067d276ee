var pg = desktop.run("pg", "postgres:16");
