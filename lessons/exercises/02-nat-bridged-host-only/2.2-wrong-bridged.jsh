dev.bridged();
