var backup = vbox.vm("backup").bridged();
var files  = vbox.vm("files").bridged();
