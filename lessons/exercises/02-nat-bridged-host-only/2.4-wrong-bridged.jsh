var ci = vbox.vm("ci").bridged();
