package dev.linkedinoauth.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: the process environment, stdout for results, stderr for the rest. */
abstract class BaseCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    CliEnvironment env() {
        return root.environment();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A progress line on stderr (never a secret). */
    void say(String line) {
        PrintWriter err = err();
        err.println(line);
        err.flush();
    }
}
