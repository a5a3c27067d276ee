package vnetlab.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The floor every other benchmark is read against: a trivial operation in the same JVM and run. */
@State(Scope.Benchmark)
public class SmokeBench {
    private final StringBuilder text = new StringBuilder("10.0.2.15");

    @Benchmark
    public int baselineStringLength() {
        return text.length();
    }
}
