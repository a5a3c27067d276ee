package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;

/** The state of one trace while it runs: what the learner asked for and what happened so far. */
final class Run {

    final Fabric fabric;
    final Station source;
    final long seed;
    /** The station the learner meant to reach (null for INTERNET or a raw address). */
    final Station target;
    /** The HTTP host and path when tracing a URL, else null. */
    final String httpHost;
    final String httpPath;
    final List<Hop> hops = new ArrayList<>(8);
    /** A DNAT or proxy redirected the connection, so delivery elsewhere than the target is intended. */
    boolean translated;
    /** A random endpoint choice used the seed. */
    boolean seedUsed;
    int nextClientPort = Tracer.CLIENT_PORT + 1;
    /** The sending pod's NetworkPolicy egress has been judged. */
    boolean egressChecked;
    /** Only the outcome matters (reachability): hops and action texts are not built. */
    boolean quiet;

    Run(Fabric fabric, Station source, long seed, Station target, String httpHost, String httpPath) {
        this.fabric = fabric;
        this.source = source;
        this.seed = seed;
        this.target = target;
        this.httpHost = httpHost;
        this.httpPath = httpPath;
    }
}
