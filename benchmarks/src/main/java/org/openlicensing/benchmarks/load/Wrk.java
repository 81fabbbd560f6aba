package org.openlicensing.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the HTTP load generator from Debian ({@code apt-get install wrk}): a fixed number of
 * connections kept busy by a few threads, requests made by a Lua script. It is far lighter than a
 * JVM client, so on two shared cores it takes less from the server it measures.
 */
final class Wrk {
  static final int THREADS = 2;
  static final int CONNECTIONS = 16;

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

  private final Path scripts;

  /** A measured window: requests per second and what went wrong. */
  record Result(
      double requestsPerSecond,
      long requests,
      long non2xx,
      long socketErrors,
      double p50Millis,
      double p99Millis,
      String output) {
    long successes() {
      return requests - non2xx;
    }
  }

  Wrk(Path workDirectory) {
    this.scripts = workDirectory;
    copy("validate.lua");
    copy("activate.lua");
  }

  /** Fails with the command to run when wrk is not installed. */
  static void requireInstalled() {
    try {
      Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      process.waitFor();
    } catch (IOException e) {
      throw new IllegalStateException(
          "wrk is not installed: run benchmarks/run, which installs it, or apt-get install -y wrk");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Result validations(URI base, Duration duration, Path pairsFile) {
    return run(base, duration, "validate.lua", List.of(pairsFile.toString()));
  }

  Result activations(URI base, Duration duration, Path keysFile, long first, String runName) {
    return run(
        base,
        duration,
        "activate.lua",
        List.of(keysFile.toString(), Long.toString(first), runName, Integer.toString(THREADS)));
  }

  private Result run(URI base, Duration duration, String script, List<String> arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t" + THREADS,
                "-c" + CONNECTIONS,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                scripts.resolve(script).toString(),
                base.toString(),
                "--"));
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("wrk failed: " + output);
      }
      return parse(output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run wrk", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result parse(String output) {
    Matcher rate = RATE.matcher(output);
    Matcher total = TOTAL.matcher(output);
    if (!rate.find() || !total.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + output);
    }
    Matcher non2xx = NON_2XX.matcher(output);
    Matcher socket = SOCKET_ERRORS.matcher(output);
    long socketErrors = 0;
    if (socket.find()) {
      for (int group = 1; group <= 4; group++) {
        socketErrors += Long.parseLong(socket.group(group));
      }
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      double millis = toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3));
      if (percentile.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    return new Result(
        Double.parseDouble(rate.group(1)),
        Long.parseLong(total.group(1)),
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors,
        p50,
        p99,
        output);
  }

  private static double toMillis(double value, String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private void copy(String script) {
    try (InputStream in = Wrk.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + script);
      }
      Files.createDirectories(scripts);
      Files.write(scripts.resolve(script), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
