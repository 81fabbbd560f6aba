package org.openlicensing.server.organizations;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the threads of a race saw: how often each answer came, and every broken expectation. The
 * threads record instead of throwing, so that one surprise does not stop a device halfway and hide
 * what came after; the test asserts on the record at the end.
 */
final class RaceLog {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Queue<String> problems = new ConcurrentLinkedQueue<>();

  void record(String outcome) {
    counts.computeIfAbsent(outcome, o -> new LongAdder()).increment();
  }

  void problem(String description) {
    problems.add(description);
  }

  /** How often the outcome was recorded. */
  long count(String outcome) {
    LongAdder adder = counts.get(outcome);
    return adder == null ? 0 : adder.sum();
  }

  /** Every outcome with its count, in name order. */
  Map<String, Long> counts() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((outcome, adder) -> sorted.put(outcome, adder.sum()));
    return sorted;
  }

  List<String> problems() {
    return List.copyOf(problems);
  }
}
