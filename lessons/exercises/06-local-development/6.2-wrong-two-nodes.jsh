var ci = desktop.machine().kind("ci", 2);
