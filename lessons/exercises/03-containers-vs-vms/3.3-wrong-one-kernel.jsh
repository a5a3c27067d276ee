var edge = dc.host("edge", "10.30.0.30");
var engine = edge.docker();
engine.run("a", "nginx");
engine.run("b", "nginx");
engine.run("c", "redis");
