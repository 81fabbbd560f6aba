package org.openlicensing.integrations.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal SMTP server that answers each command with a scripted reply, for what GreenMail cannot
 * do: reject recipients or messages, and offer STARTTLS. Replies are keyed by command verb ({@code
 * MAIL}, {@code RCPT}) and by {@code "."} for the end of the message data; anything unscripted is
 * accepted. It records each command verb with whether it came over TLS, such as {@code "AUTH/tls"}.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final Map<String, String> replies;
  private final Optional<SSLContext> startTls;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final Thread thread;

  private ScriptedSmtpServer(Map<String, String> replies, Optional<SSLContext> startTls)
      throws IOException {
    this.serverSocket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    this.replies = Map.copyOf(replies);
    this.startTls = startTls;
    this.thread = new Thread(this::serve, "scripted-smtp");
    this.thread.setDaemon(true);
  }

  static ScriptedSmtpServer start(Map<String, String> replies) throws IOException {
    return started(new ScriptedSmtpServer(replies, Optional.empty()));
  }

  /** A server that offers STARTTLS with the given server-side context. */
  static ScriptedSmtpServer startOfferingStartTls(SSLContext context) throws IOException {
    return started(new ScriptedSmtpServer(Map.of(), Optional.of(context)));
  }

  private static ScriptedSmtpServer started(ScriptedSmtpServer server) {
    server.thread.start();
    return server;
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  List<String> commands() {
    return List.copyOf(commands);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }

  private void serve() {
    while (!serverSocket.isClosed()) {
      try (Socket client = serverSocket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed by the test, or the client hung up: wait for the next client
      }
    }
  }

  private void converse(Socket socket) throws IOException {
    Connection connection = new Connection(socket);
    connection.reply("220 scripted ESMTP");
    for (String line = connection.in.readLine(); line != null; line = connection.in.readLine()) {
      String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
      boolean tls = connection.socket instanceof SSLSocket;
      commands.add(verb + (tls ? "/tls" : "/plain"));
      switch (verb) {
        case "QUIT" -> {
          connection.reply("221 bye");
          return;
        }
        case "EHLO" ->
            connection.reply(
                startTls.isPresent() && !tls
                    ? "250-scripted\r\n250-STARTTLS\r\n250 AUTH PLAIN"
                    : "250-scripted\r\n250 AUTH PLAIN");
        case "STARTTLS" -> {
          connection.reply("220 go ahead");
          connection = connection.upgrade(startTls.orElseThrow());
        }
        case "AUTH" -> {
          if (line.split(" ").length < 3) {
            connection.reply("334 ");
            connection.in.readLine();
          }
          connection.reply("235 2.7.0 Authenticated");
        }
        case "DATA" -> {
          connection.reply("354 end with .");
          skipMessageData(connection.in);
          connection.reply(replies.getOrDefault(".", "250 queued"));
        }
        default -> connection.reply(replies.getOrDefault(verb, "250 OK"));
      }
    }
  }

  private static void skipMessageData(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
      // the content does not matter to these tests
    }
  }

  private static final class Connection {
    final Socket socket;
    final BufferedReader in;
    final Writer out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    Connection upgrade(SSLContext context) throws IOException {
      SSLSocket tls =
          (SSLSocket)
              context
                  .getSocketFactory()
                  .createSocket(
                      socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
      tls.setUseClientMode(false);
      tls.startHandshake();
      return new Connection(tls);
    }

    void reply(String line) throws IOException {
      out.write(line + "\r\n");
      out.flush();
    }
  }
}
