package org.openlicensing.integrations.stripe.standin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Answers scripted by a test for the next matching requests, such as a 500 or a 429. */
final class Scripts {
  private record Script(String method, String pathRegex, StandInResponse response) {}

  private final List<Script> pending = new ArrayList<>();

  synchronized void add(String method, String pathRegex, StandInResponse response) {
    pending.add(new Script(method, pathRegex, response));
  }

  synchronized Optional<StandInResponse> take(RecordedRequest request) {
    Iterator<Script> scripts = pending.iterator();
    while (scripts.hasNext()) {
      Script script = scripts.next();
      if (script.method().equals(request.method()) && request.path().matches(script.pathRegex())) {
        scripts.remove();
        return Optional.of(script.response());
      }
    }
    return Optional.empty();
  }
}
