package dev.linkedinoauth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code linkedin-oauth help [COMMAND|TOPIC]}: a command's help as {@code COMMAND --help} shows it, or one of
 * the topics every command shares ({@code exit-codes}, {@code environment}), which the commands' own help
 * leaves out so that it stays short.
 */
@Command(name = "help", helpCommand = true,
        header = "Show the help of a command, or a topic: exit-codes, environment.",
        synopsisHeading = "%nUsage: ",
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth help login",
            "  linkedin-oauth help exit-codes",
            "  linkedin-oauth help environment",
        })
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(arity = "0..1", paramLabel = "COMMAND|TOPIC",
            description = "A command, or exit-codes, or environment.")
    String topic;

    private CommandLine self;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine root = self.getParent();
        if (topic == null) {
            root.usage(out);
        } else if (topic.equals(HelpTopics.EXIT_CODES)) {
            // Rendered by picocli from the root's sections, so that both read (and wrap) the same.
            Help help = root.getHelp();
            out.print(help.exitCodeListHeading().stripLeading() + help.exitCodeList());
        } else if (topic.equals(HelpTopics.ENVIRONMENT)) {
            out.print(String.format(HelpTopics.ENVIRONMENT_HEADING).stripLeading());
            for (String line : HelpTopics.environment()) {
                out.println(String.format(line));
            }
        } else if (root.getSubcommands().containsKey(topic)) {
            root.getSubcommands().get(topic).usage(out);
        } else {
            throw new CommandLine.ParameterException(self, "no command or topic '" + topic + "'; commands: "
                    + String.join(", ", commandsOf(root)) + "; topics: " + HelpTopics.EXIT_CODES + ", "
                    + HelpTopics.ENVIRONMENT);
        }
        out.flush();
    }

    /** The root's commands in --help order; read from the root rather than from Cli, which creates this command. */
    private static java.util.List<String> commandsOf(CommandLine root) {
        java.util.List<String> names = new java.util.ArrayList<>(root.getSubcommands().keySet());
        names.remove("help");
        return names;
    }
}
