var ci = desktopVm.minikube("ci");
