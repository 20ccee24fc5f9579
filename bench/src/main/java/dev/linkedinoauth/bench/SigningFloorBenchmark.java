package dev.linkedinoauth.bench;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under {@link FlowBenchmark}: one RS256 signature with a 2048-bit RSA key in the JDK, what every
 * id_token of the flow costs before any HTTP (LinkedIn signs RS256; nimbus refuses RSA keys under 2048 bits, so
 * the fake cannot use a smaller one). The flow's p50 cannot go below this plus three loopback round trips.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningFloorBenchmark {
    private KeyPair key;
    /** About the size of the fake's id_token header and claims, base64url-encoded. */
    private final byte[] signingInput = new byte[420];

    @Setup
    public void generateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
    }

    @Benchmark
    public byte[] rs256Sign2048() throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update(signingInput);
        return signature.sign();
    }
}
