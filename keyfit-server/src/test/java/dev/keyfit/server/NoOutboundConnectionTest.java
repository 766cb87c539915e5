package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A scan and a batch open no connection to anything but this machine: while they run, every TCP
 * socket of this JVM (sampled from /proc every few milliseconds) has a loopback peer or none, and
 * no URL connection asks the proxy selector for a route anywhere.
 */
class NoOutboundConnectionTest {

  @Test
  void scanningAndBatchingOpenNoConnectionBeyondLoopback() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux's /proc");
    Set<URI> asked = ConcurrentHashMap.newKeySet();
    ProxySelector previous = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            if (uri.getHost() == null || !ProcNet.local(uri.getHost())) {
              asked.add(uri); // the test's own requests to the server are loopback
            }
            return List.of(Proxy.NO_PROXY);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException e) {}
        });
    Set<ProcNet.Conn> foreign = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    int[] samples = {0};
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  for (ProcNet.Conn c : ProcNet.mine()) {
                    if (!ProcNet.local(c.remote())) {
                      foreign.add(c);
                    }
                  }
                  samples[0]++;
                  Thread.sleep(5);
                } catch (IOException | InterruptedException e) {
                  return;
                }
              }
            });
    try (TestServer s = new TestServer()) {
      sampler.start();
      HttpResponse<String> scan =
          s.postAsPage(
              "/api/scans",
              new TestServer.Multipart()
                  .file("resume", Path.of("samples/tpm-resume.pdf"))
                  .file("posting", Path.of("samples/tpm-posting.txt")));
      assertEquals(200, scan.statusCode(), scan.body());
      String id = scan.body().replaceAll("(?s).*\"id\":\"(\\d+)\".*", "$1");
      assertEquals(200, s.authed("/api/scans/" + id + "/ats").statusCode());
      assertEquals(200, s.bytes("/api/scans/" + id + "/download/pdf").statusCode());
      HttpResponse<String> batch =
          s.postAsPage(
              "/api/batches",
              new TestServer.Multipart()
                  .file("files", Path.of("samples/pm-resume.docx"))
                  .file("files", Path.of("samples/thin-tpm-resume.txt")));
      assertEquals(200, batch.statusCode(), batch.body());
      for (int i = 0;
          i < 600 && !s.authed("/api/batches/1").body().contains("\"state\":\"done\"");
          i++) {
        Thread.sleep(100);
      }
    } finally {
      running.set(false);
      sampler.join();
      ProxySelector.setDefault(previous);
    }
    assertTrue(samples[0] > 3, "the sockets were sampled while the server worked");
    assertEquals(Set.of(), foreign, "TCP connections to other machines");
    assertEquals(Set.of(), asked, "URLs the JVM looked up a proxy for");
  }
}
