var ci = laptop.kind("ci", 3);
