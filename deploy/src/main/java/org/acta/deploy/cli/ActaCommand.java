package org.acta.deploy.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code acta} command: the top level that holds the subcommands. The {@code acta} script at
 * the repository root builds what is needed and runs this class.
 */
@Command(
    name = "acta",
    mixinStandardHelpOptions = true,
    versionProvider = ActaVersion.class,
    description = "Acta: research-output data governance for universities.",
    subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public class ActaCommand implements Runnable {

  /** Subcommands other modules' authors add, registered by class name when they are present. */
  private static final String[] OPTIONAL_SUBCOMMANDS = {
    "org.acta.deploy.cli.PipelineCommand", "org.acta.deploy.cli.ImportCommand"
  };

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand, say what there is. */
  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The command line with every subcommand, ready to execute. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ActaCommand());
    for (String className : OPTIONAL_SUBCOMMANDS) {
      try {
        Object subcommand = Class.forName(className).getDeclaredConstructor().newInstance();
        commandLine.addSubcommand(subcommand);
      } catch (ClassNotFoundException e) {
        // Not built into this version: the command simply is not offered.
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create subcommand " + className, e);
      }
    }
    return commandLine;
  }

  /** Held so the configured level is not lost when the logger would be garbage collected. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    // Flyway reports every step at INFO; the launcher prints its own one-line summary instead.
    FLYWAY_LOG.setLevel(Level.WARNING);
    System.exit(commandLine().execute(args));
  }
}
