package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The repository's ./linkedin-oauth launcher, run from another directory, with the jar already built. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherIT {

    private static final Path LAUNCHER = CliProcess.JAR.getParent().getParent().getParent().resolve("linkedin-oauth");

    @TempDir
    Path dir;

    @Test
    void launcherRunsTheJarFromAnyDirectory() {
        Process p = new CliProcess(dir).env("LINKEDIN_OAUTH_CDS", "0").start(List.of(LAUNCHER.toString(), "--version"));
        var result = CliProcess.await(p, "");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("linkedin-oauth ");
    }

    @Test
    void launcherWithTheStartupArchiveKeepsStdoutClean() {
        Process p = new CliProcess(dir).start(List.of(LAUNCHER.toString(), "demo", "--json"));
        var result = CliProcess.await(p, "");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"member_id\" : \"AbC12dEf3G\"");
    }

    @Test
    void anArchiveMadeForAnotherCheckoutIsMadeAgainNotDropped() throws Exception {
        Path stamp = CliProcess.JAR.resolveSibling("linkedin-oauth.jsa.stamp");
        CliProcess.await(new CliProcess(dir).start(List.of(LAUNCHER.toString(), "--version")), "");
        assertThat(stamp).exists();
        // As after `cp -r` or `mv` of the checkout: the archive names a jar path that is not this one.
        Files.writeString(stamp, "/elsewhere/oauth-cli/target/linkedin-oauth.jar\n" + Files.readAllLines(stamp).get(1) + "\n");

        var result = CliProcess.await(new CliProcess(dir).start(List.of(LAUNCHER.toString(), "--version")), "");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("preparing the start-up archive");
        assertThat(Files.readAllLines(stamp).get(0)).isEqualTo(CliProcess.JAR.toRealPath().toString());
    }

    @Test
    void theFakeRunsWithACollectorThatKeepsItsHeapNearWhatItHolds() {
        var fake = flagsOf("-XX:+PrintCommandLineFlags -XX:+DisableExplicitGC", "fake", "--help"); // a GC flag, not a collector
        var version = flagsOf("-XX:+PrintCommandLineFlags", "--version");

        assertThat(fake.exitCode()).as(fake.toString()).isZero();
        assertThat(fake.out()).contains("-XX:+UseSerialGC", "-XX:InitialHeapSize=33554432", "-XX:NewSize=16777216");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).doesNotContain("-XX:NewSize=16777216"); // only the fake is a long-running server
    }

    @Test
    void aCollectorOfTheUsersOwnWinsOverTheFakesDefault() {
        var fake = flagsOf("-XX:+UseParallelGC -XX:+PrintCommandLineFlags", "fake", "--help");

        assertThat(fake.exitCode()).as(fake.toString()).isZero(); // two collectors named would stop the JVM
        assertThat(fake.out()).contains("-XX:+UseParallelGC").doesNotContain("UseSerialGC");
    }

    private CliRunner.Result flagsOf(String javaOpts, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return CliProcess.await(new CliProcess(dir).env("LINKEDIN_OAUTH_JAVA_OPTS", javaOpts).start(command), "");
    }
}
