package dev.linkedinoauth.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The other process of the token store's process tests ({@link TokenStoreProcessesIT}); run with the test
 * class path. {@code loop FILE FIRST}: saves {@code crash} = {@code AQV-crash-<n>} for n = FIRST, FIRST+1, ...
 * until killed, printing {@code saved <n>} after each, through a disk that writes in four slow pieces so
 * that a kill often lands while the temporary file is half written. {@code rounds FILE NAME}: for each line
 * {@code r} read from stdin, saves the entry {@code NAME-r} and prints {@code ok r}.
 */
final class TokenStoreChild {

    private TokenStoreChild() {
    }

    static StoredToken token(String value) {
        return new StoredToken(value, Instant.parse("2030-01-01T00:00:00Z"), List.of("openid"), null, null,
                "member", "Ada Example");
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        if (args[0].equals("loop")) {
            TokenStore store = new TokenStore(file, TokenStoreChild::slowWrite);
            for (long n = Long.parseLong(args[2]); ; n++) {
                store.save("crash", token("AQV-crash-" + n));
                out.println("saved " + n);
            }
        }
        TokenStore store = TokenStore.at(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String round;
        while ((round = in.readLine()) != null) {
            store.save(args[2] + "-" + round, token("AQV-" + args[2] + "-" + round));
            out.println("ok " + round);
        }
    }

    private static void slowWrite(OutputStream out, byte[] content) throws IOException {
        int piece = content.length / 4 + 1;
        for (int from = 0; from < content.length; from += piece) {
            out.write(content, from, Math.min(piece, content.length - from));
            out.flush();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }
}
