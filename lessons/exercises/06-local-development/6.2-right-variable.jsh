var ci = desktopVm.kind("ci", 3);
