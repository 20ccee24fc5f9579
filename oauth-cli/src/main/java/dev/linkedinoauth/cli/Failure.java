package dev.linkedinoauth.cli;

/** What the user sees when a command fails: one line on stderr and a documented exit code. */
record Failure(int exitCode, String message) {
}
