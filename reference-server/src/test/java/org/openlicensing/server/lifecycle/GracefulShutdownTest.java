package org.openlicensing.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/**
 * A stop lets the requests under way finish: a request whose body is still arriving when the stop
 * begins is answered, and only then does the server finish stopping.
 */
class GracefulShutdownTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String BODY = "{\"licenseKey\":\"AAAAA-BBBBB\",\"fingerprint\":\"device\"}";

  @Test
  void aRequestUnderWayIsAnsweredBeforeTheServerStops() throws Exception {
    TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort());
    URI base = server.server().publicUrl();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      int half = BODY.length() / 2;
      out.write(
          ("POST /v1/validations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + BODY.length()
                  + "\r\n\r\n"
                  + BODY.substring(0, half))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(200);

      Thread stopping = new Thread(server::close, "stopping");
      stopping.start();
      Thread.sleep(500);
      boolean waitedForTheRequest = stopping.isAlive();

      out.write(BODY.substring(half).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      stopping.join(30_000);

      assertThat(waitedForTheRequest).isTrue();
      assertThat(statusLine).isEqualTo("HTTP/1.1 200 OK");
      assertThat(stopping.isAlive()).isFalse();
    }
  }
}
