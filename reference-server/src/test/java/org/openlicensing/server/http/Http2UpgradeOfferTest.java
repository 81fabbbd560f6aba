package org.openlicensing.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Java's own HTTP client offers an upgrade to HTTP/2 on its first request; the server must answer
 * such a request, body and all, in HTTP/1.1 instead of hanging.
 */
class Http2UpgradeOfferTest extends ServerTestBase {
  private static final String BODY = "{\"licenseKey\":\"AAAAA\",\"fingerprint\":\"f\"}";

  @Override
  protected ServerDatabase database() {
    return ServerDatabase.EMBEDDED_H2;
  }

  @Test
  void aPostWithAnH2cUpgradeOfferIsAnsweredInHttp11() throws Exception {
    URI base = server.server().publicUrl();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/validations HTTP/1.1\r\n"
                  + "Host: localhost\r\n"
                  + "Connection: Upgrade, HTTP2-Settings\r\n"
                  + "Upgrade: h2c\r\n"
                  + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Content-Length: "
                  + BODY.length()
                  + "\r\n\r\n"
                  + BODY)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertThat(statusLine).isEqualTo("HTTP/1.1 200 OK");
    }
  }

  @Test
  void theJdkHttpClientWithItsDefaultsGetsAnAnswerAtOnce() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    HttpRequest request =
        HttpRequest.newBuilder(server.server().publicUrl().resolve("/v1/validations"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(BODY))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"");
  }
}
