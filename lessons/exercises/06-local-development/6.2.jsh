var ci = desktop.machine().kind("ci", 3);
ci.addressPlan()
