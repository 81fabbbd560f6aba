package org.openlicensing.server.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  @BeforeAll
  void startServer() {
    server = TestServer.start(database(), greenMail.getSmtp().getPort());
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
