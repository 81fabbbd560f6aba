package org.openlicensing.server.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.Licensing;

/**
 * Starts one real server per test class, on the database the subclass names, with a real SMTP
 * server (GreenMail) receiving its e-mail. Tests share the server, never data: each makes its own
 * customers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTestBase {
  @RegisterExtension
  protected final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  protected TestServer server;
  protected ApiClient api;
  protected Mailbox mailbox;

  /** The database this class runs on. */
  protected abstract ServerDatabase database();

  /** Configuration keys this class sets on top of the test server's; none by default. */
  protected Map<String, String> environment() {
    return Map.of();
  }

  /** Changes to the library's assembly, such as a clock the class moves; none by default. */
  protected void customize(Licensing.Builder builder) {}

  @BeforeAll
  void startServer() {
    server =
        TestServer.start(database(), greenMail.getSmtp().getPort(), environment(), this::customize);
    api = server.api();
    mailbox = new Mailbox(greenMail);
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  protected Customer newCustomer() {
    return Customer.signUp(api, mailbox);
  }
}
