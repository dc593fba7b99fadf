package fi.rekisteri.rights.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process TCP proxy on 127.0.0.1 between the rights service and the tests' SMTP server
 * (GreenMail), which a test can turn into a relay that misbehaves as real ones do: {@link
 * Mode#STALL} accepts the connection and never answers (a slow or hung relay), {@link Mode#REFUSE}
 * speaks SMTP itself and refuses every recipient with a permanent 550. A change of mode closes the
 * connections open so far, so that no pooled connection escapes it.
 */
public final class SmtpRelay implements AutoCloseable {

  /** How the relay behaves for the connections that follow. */
  public enum Mode {
    PASS,
    STALL,
    REFUSE
  }

  /** What the refusing relay answers to RCPT TO, as a real relay does for an unknown mailbox. */
  public static final String REFUSAL = "550 5.1.1 Mailbox unavailable";

  private final ServerSocket server;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.PASS;

  private SmtpRelay(ServerSocket server, int targetPort) {
    this.server = server;
    this.targetPort = targetPort;
  }

  /** Starts the relay on a free port of 127.0.0.1, passing connections to {@code targetPort}. */
  public static SmtpRelay start(int targetPort) {
    try {
      ServerSocket server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      SmtpRelay relay = new SmtpRelay(server, targetPort);
      Thread accept = new Thread(relay::accept, "smtp-relay-accept");
      accept.setDaemon(true);
      accept.start();
      return relay;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Sets how the relay behaves from now on; the connections open so far are closed. */
  public void mode(Mode next) {
    mode = next;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        Mode now = mode;
        Thread worker =
            new Thread(
                () -> serve(client, now), "smtp-relay-" + now.name().toLowerCase(Locale.ROOT));
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client, Mode now) {
    try {
      switch (now) {
        case PASS -> pass(client);
        case STALL -> stall(client);
        case REFUSE -> refuse(client);
      }
    } catch (IOException e) {
      // the client or the test closed the connection
    } finally {
      open.remove(client);
      closeQuietly(client);
    }
  }

  private void pass(Socket client) throws IOException {
    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
    open.add(target);
    try {
      Thread back = new Thread(() -> pump(target, client), "smtp-relay-back");
      back.setDaemon(true);
      back.start();
      pump(client, target);
    } finally {
      open.remove(target);
      closeQuietly(target);
    }
  }

  /** Reads whatever the client sends and answers nothing, until the connection is closed. */
  private static void stall(Socket client) throws IOException {
    InputStream in = client.getInputStream();
    byte[] sink = new byte[1024];
    while (in.read(sink) >= 0) {
      // never answer
    }
  }

  /** A minimal SMTP dialogue that refuses every recipient permanently. */
  private static void refuse(Socket client) throws IOException {
    OutputStream out = client.getOutputStream();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    write(out, "220 relay.test ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
      switch (verb) {
        case "EHLO", "HELO" -> write(out, "250 relay.test");
        case "MAIL", "RSET", "NOOP" -> write(out, "250 2.0.0 Ok");
        case "RCPT" -> write(out, REFUSAL);
        case "QUIT" -> {
          write(out, "221 2.0.0 Bye");
          return;
        }
        default -> write(out, "503 5.5.1 Bad sequence of commands");
      }
    }
  }

  private static void write(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void pump(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // one side closed
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    mode(Mode.PASS);
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
