var pg = desktop.run("pg", "postgres:16").publish(5432, 5432);
