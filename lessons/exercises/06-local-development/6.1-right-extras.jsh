desktop.run("blog", "nginx").publish(8091, 80);
var docs = desktop.run("docs", "nginx").publish(8090, 80);
lab.trace(laptop, laptop, 8090)
