var ci = desktop.kind("ci", 3);
ci.addressPlan()
