package dev.linkedinoauth.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One fake per test: start + one token answer + close, after the JVM has done it a few times already
 * (the "later cycles" figure; ColdCycle gives the first one in a fresh JVM). SampleTime reports the
 * median as p0.50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CycleBenchmark {
    @Param({"fake", "wiremock", "mock-oauth2-server"})
    public String server;

    @Benchmark
    public void startAnswerClose() throws Exception {
        try (Servers.Running running = Servers.start(server)) {
            Servers.oneToken(running);
        }
    }
}
