package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.core.internal.JsonTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token store against real processes: a JVM killed with {@code kill -9} in the middle of its saves, and
 * two JVMs saving at the same moment. Each child is {@link TokenStoreChild} on this test's class path.
 */
class TokenStoreProcessesIT {
    private static final int KILLS = 40;
    private static final int ROUNDS = 50;

    @TempDir
    Path tmp;

    private Path file() {
        return tmp.resolve("linkedin-oauth").resolve("tokens.json");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSaverKilledAnywhereLeavesTheOldOrTheNewFileAndNoTokenInAStrayFile() throws Exception {
        TokenStore store = TokenStore.at(file());
        StoredToken keep = TokenStoreChild.token("AQV-keep");
        store.save("keep", keep);
        store.save("crash", TokenStoreChild.token("AQV-crash-0"));
        Random random = new Random(11);
        long next = 1;
        int killsLeavingATempFile = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = start("loop", file().toString(), Long.toString(next));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long acknowledged = next - 1;
            int savesBeforeKill = 1 + random.nextInt(3);
            for (int i = 0; i < savesBeforeKill; i++) {
                String line = out.readLine();
                assertThat(line).as("child output (round %d)", kill).startsWith("saved ");
                acknowledged = Long.parseLong(line.substring("saved ".length()));
            }
            Thread.sleep(random.nextInt(12)); // somewhere in the next save: a slow write takes about 8 ms
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it keeps our end of the pipe
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (String line; (line = out.readLine()) != null; ) { // what it printed before it died
                acknowledged = Long.parseLong(line.substring("saved ".length()));
            }

            // The file is always a whole one: valid JSON, every entry there, the token one that was saved.
            JsonTrees.read(Files.readAllBytes(file()));
            TokenEntries entries = TokenStore.at(file()).entries();
            assertThat(entries.get("keep")).contains(keep);
            String crash = entries.get("crash").orElseThrow().accessToken();
            long saved = Long.parseLong(crash.substring("AQV-crash-".length()));
            // The save it had finished, or the one it was in when killed.
            assertThat(saved).as("round %d", kill).isBetween(acknowledged, acknowledged + 1);
            if (!strayFiles().isEmpty()) {
                killsLeavingATempFile++;
                for (Path stray : strayFiles()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stray))).isEqualTo("rw-------");
                }
            }
            next = saved + 1;
        }
        store.save("crash", TokenStoreChild.token("AQV-crash-final"));
        List<Path> strays = strayFiles();
        System.out.printf("token store crash test: %d kills, %d left a temporary file, %d left after the next save%n",
                KILLS, killsLeavingATempFile, strays.size());
        assertThat(strays).isEmpty();
        assertThat(store.load("keep")).contains(keep);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoProcessesSavingDifferentEntriesAtOnceLoseNone() throws Exception {
        Process a = start("rounds", file().toString(), "a");
        Process b = start("rounds", file().toString(), "b");
        try {
            List<PrintWriter> inputs = List.of(writer(a), writer(b));
            List<BufferedReader> outputs = List.of(reader(a), reader(b));
            for (int round = 0; round < ROUNDS; round++) {
                for (PrintWriter in : inputs) { // both receive the round at once, and save at once
                    in.println(round);
                    in.flush();
                }
                for (BufferedReader out : outputs) {
                    assertThat(out.readLine()).isEqualTo("ok " + round);
                }
            }
            inputs.forEach(PrintWriter::close);
            assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        TokenEntries entries = TokenStore.at(file()).entries();
        List<String> lost = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String name : List.of("a", "b")) {
                if (entries.get(name + "-" + round).isEmpty()) {
                    lost.add(name + "-" + round);
                }
            }
        }
        System.out.printf("token store concurrency test: %d rounds of 2 processes, %d entries lost%n", ROUNDS, lost.size());
        assertThat(lost).isEmpty();
        assertThat(entries.tokens()).hasSize(2 * ROUNDS);
    }

    private List<Path> strayFiles() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.filter(p -> !p.equals(file()) && !p.getFileName().toString().equals(".tokens.json.lock")).toList();
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TokenStoreChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static PrintWriter writer(Process p) {
        return new PrintWriter(p.getOutputStream(), false, StandardCharsets.UTF_8);
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
