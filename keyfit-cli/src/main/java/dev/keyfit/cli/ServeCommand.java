package dev.keyfit.cli;

import dev.keyfit.Keyfit;
import dev.keyfit.server.Browser;
import dev.keyfit.server.KeyfitServer;
import dev.keyfit.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyfit serve}: the private local web app (scan, what an ATS sees, batch). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start keyfit's private web app on this computer and open it in the browser: scan a resume "
          + "against a posting, see what an applicant tracking system reads in it, rank many resumes.",
      "It listens on 127.0.0.1 only and answers only the private link it prints (a random key per "
          + "run). Uploads stay in memory or a private temporary folder deleted after each run; "
          + "nothing is sent anywhere. Each file is held to the same limits as keyfit batch "
          + "(--timeout, --max-file-size). Stop it with Ctrl-C."
    })
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "The port on 127.0.0.1. Default: a free one.")
  int port;

  @Option(names = "--no-browser", description = "Print the link only; do not open a browser.")
  boolean noBrowser;

  @Option(
      names = "--max-files",
      paramLabel = "N",
      defaultValue = "" + ServerSettings.DEFAULT_MAX_FILES,
      description = "The most files one batch upload (or zip) may hold. Default: ${DEFAULT-VALUE}.")
  int maxFiles;

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      defaultValue = "256MiB",
      converter = Sizes.class,
      description =
          "The most one upload may carry, and a zip unpack to. Default: ${DEFAULT-VALUE}.")
  long maxUpload;

  @Mixin BatchLimitOptions limits;
  @Mixin Options.Keywords keywords;
  @Mixin Options.Output outputOptions;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CliException(ExitCodes.USAGE, "--port must be between 0 and 65535");
    }
    if (limits.isolate) {
      throw new CliException(
          ExitCodes.USAGE, "serve does not take --isolate; use keyfit batch --isolate for that");
    }
    if (maxFiles < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-files must be at least 1");
    }
    if (maxUpload < limits.limits().maxFileBytes()) {
      throw new CliException(ExitCodes.USAGE, "--max-upload must be at least --max-file-size");
    }
    // the dictionary and the NLP models load once the link is printed, while the browser opens the
    // page: start-up waits for neither, and a first scan waits until they are ready
    CompletableFuture<Keyfit> keyfit = new CompletableFuture<>();
    Supplier<Keyfit> lazy = keyfit::join;
    ServerSettings settings =
        new ServerSettings(port, lazy, limits.limits(), limits.settings(), maxFiles, maxUpload);
    KeyfitServer server;
    try {
      server = KeyfitServer.create(settings);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, "cannot create a private folder: " + e.getMessage(), e);
    }
    // Ctrl-C (or SIGTERM) stops the server and deletes its private folder, from here on
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "keyfit-serve-stop");
    Interrupts.RUNTIME.add(hook);
    try {
      server.listen();
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("keyfit serve: open " + server.url());
    out.println(
        "  (a private link: only this computer, only with its key; Ctrl-C here stops keyfit serve)");
    out.flush();
    CompletableFuture.runAsync(
        () -> {
          try {
            keyfit.complete(keywords.keyfit());
          } catch (RuntimeException e) {
            keyfit.completeExceptionally(e);
          }
        });
    if (!noBrowser) {
      Browser.open(server.url());
    }
    try {
      keyfit.join();
    } catch (CompletionException e) {
      server.close();
      if (e.getCause() instanceof CliException c) {
        throw c;
      }
      throw e;
    }
    stopped.await();
    return ExitCodes.OK;
  }
}
