package org.openlicensing.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured on, and how busy it was: ratios mean little without it. */
public final class Environment {
  private static volatile String atStart = "unknown";

  private Environment() {}

  /** Notes the load average as the run starts. */
  public static void start() {
    atStart = loadAverage();
  }

  public static String describe() {
    return "JDK "
        + System.getProperty("java.vm.version")
        + " ("
        + System.getProperty("java.vm.name")
        + "), "
        + Runtime.getRuntime().availableProcessors()
        + " cores, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + "; load average (1, 5, 15 min) at start: "
        + atStart
        + ", at the end: "
        + loadAverage()
        + ". Other processes share these cores: compare ratios, not absolute figures.";
  }

  /** The 1, 5 and 15 minute load averages, where the system shows them. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
