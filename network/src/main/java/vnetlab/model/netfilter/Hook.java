package vnetlab.model.netfilter;

/**
 * The netfilter hooks a packet passes: PREROUTING on arrival, then the routing decision sends it to INPUT (for
 * this machine) or FORWARD (through it); OUTPUT for packets the machine sends itself; POSTROUTING on the way out.
 */
public enum Hook { PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING }
