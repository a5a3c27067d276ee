var ci = desktop.kind("ci", 2);
