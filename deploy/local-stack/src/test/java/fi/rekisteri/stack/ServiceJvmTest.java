package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM and options the services get, from fake JDKs (a release file and bin/java each). */
class ServiceJvmTest {

  @TempDir Path tmp;

  private Path own;
  private Path jvms;

  @BeforeEach
  void ownJdk17() throws IOException {
    own = jdk(tmp.resolve("own-17"), "17.0.15");
    jvms = Files.createDirectories(tmp.resolve("jvm"));
  }

  @Test
  void givenOnlyJdk17_thenTheOwnJavaWithAppCdsAndTheNoticeSaysJdk25WasNotFound()
      throws IOException {
    jdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");

    ServiceJvm jvm = ServiceJvm.choose(Map.of(), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(own);
    assertThat(jvm.major()).isEqualTo(17);
    assertThat(jvm.appCds()).isTrue();
    assertThat(jvm.aotCache()).isFalse();
    assertThat(jvm.options())
        .containsExactly("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    assertThat(jvm.notice())
        .startsWith("JDK 25 not found: the services run on JDK 17 with AppCDS")
        .contains("install Temurin 25")
        .contains("REKISTERI_SERVICE_JAVA_HOME")
        .doesNotContain("\n");
  }

  @Test
  void givenJdk17And25And26Installed_thenTheNewestWithCompactHeadersAndAnAotCache()
      throws IOException {
    jdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");
    Path jdk26 = jdk(jvms.resolve("temurin-26-jdk-amd64"), "26");

    ServiceJvm jvm = ServiceJvm.choose(Map.of(), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(jdk26);
    assertThat(jvm.major()).isEqualTo(26);
    assertThat(jvm.java()).isEqualTo(jdk26.resolve("bin/java"));
    assertThat(jvm.options())
        .containsExactly(
            "-Xms32m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseCompactObjectHeaders");
    assertThat(jvm.aotCache()).isTrue();
    assertThat(jvm.appCds()).isFalse();
    assertThat(jvm.notice()).contains("JDK 26").contains(jdk26.toString());
  }

  @Test
  void givenAJdk25FolderWithoutBinJava_thenItIsSkipped() throws IOException {
    Path broken = Files.createDirectories(jvms.resolve("temurin-25-jre-broken"));
    Files.writeString(broken.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");

    ServiceJvm jvm = ServiceJvm.choose(Map.of(), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(own);
    assertThat(jvm.notice()).startsWith("JDK 25 not found");
  }

  @Test
  void givenServiceJavaHomeSet_thenThatJdkIsChosenEvenWhenANewerIsInstalled() throws IOException {
    Path jdk21 = jdk(tmp.resolve("jdk-21"), "21.0.5");
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");

    ServiceJvm jvm =
        ServiceJvm.choose(
            Map.of("REKISTERI_SERVICE_JAVA_HOME", jdk21.toString()), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(jdk21);
    assertThat(jvm.major()).isEqualTo(21);
    // not the stack's own JDK, which made the AppCDS archive; and below 25, no AOT cache
    assertThat(jvm.appCds()).isFalse();
    assertThat(jvm.aotCache()).isFalse();
    assertThat(jvm.options()).doesNotContain("-XX:+UseCompactObjectHeaders");
    assertThat(jvm.notice()).contains("REKISTERI_SERVICE_JAVA_HOME");
  }

  @Test
  void givenServiceJavaHomeIsTheStacksOwnJdk17_thenAppCdsAsWithoutIt() throws IOException {
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");

    ServiceJvm jvm =
        ServiceJvm.choose(
            Map.of("REKISTERI_SERVICE_JAVA_HOME", own.toString()), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(own);
    assertThat(jvm.appCds()).isTrue();
    assertThat(jvm.aotCache()).isFalse();
  }

  @Test
  void givenServiceJavaHomeWithoutBinJava_thenTheChoiceFails() {
    assertThatThrownBy(
            () ->
                ServiceJvm.choose(
                    Map.of("REKISTERI_SERVICE_JAVA_HOME", tmp.resolve("nothing").toString()),
                    own,
                    List.of(jvms)))
        .hasMessageContaining("has no bin/java");
  }

  @Test
  void givenJavaHomeIsJdk25AndNoneInstalled_thenJavaHomeIsChosen() throws IOException {
    Path jdk25 = jdk(tmp.resolve("elsewhere-25"), "25.0.1");

    ServiceJvm jvm = ServiceJvm.choose(Map.of("JAVA_HOME", jdk25.toString()), own, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(jdk25);
    assertThat(jvm.aotCache()).isTrue();
  }

  @Test
  void givenTheStackRunsOnJdk25_thenItsOwnJavaIsChosenWithAnAotCache() throws IOException {
    Path own25 = jdk(tmp.resolve("own-25"), "25.0.3");
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");

    ServiceJvm jvm = ServiceJvm.choose(Map.of(), own25, List.of(jvms));

    assertThat(jvm.home()).isEqualTo(own25);
    assertThat(jvm.aotCache()).isTrue();
    assertThat(jvm.appCds()).isFalse();
  }

  @Test
  void givenServiceJavaOptsOnJdk25_thenTheyReplaceTheOptionsAndTheCacheStays() throws IOException {
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");

    ServiceJvm jvm =
        ServiceJvm.choose(
            Map.of("REKISTERI_SERVICE_JAVA_OPTS", " -Xmx512m  -XX:+UseParallelGC "),
            own,
            List.of(jvms));

    assertThat(jvm.options()).containsExactly("-Xmx512m", "-XX:+UseParallelGC");
    assertThat(jvm.aotCache()).isTrue();
  }

  @Test
  void givenServiceJavaOptsNamingTheirOwnCacheOrArchive_thenNoneIsAdded() throws IOException {
    jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");

    ServiceJvm on25 =
        ServiceJvm.choose(
            Map.of("REKISTERI_SERVICE_JAVA_OPTS", "-Xmx256m -XX:AOTCache=/tmp/mine.aot"),
            own,
            List.of(jvms));
    ServiceJvm on17 =
        ServiceJvm.choose(
            Map.of("REKISTERI_SERVICE_JAVA_OPTS", "-Xmx256m -Xshare:off"), own, List.of());

    assertThat(on25.aotCache()).isFalse();
    assertThat(on17.appCds()).isFalse();
  }

  @Test
  void givenVersionStrings_thenTheirMajorVersions() {
    assertThat(ServiceJvm.major("25.0.3")).isEqualTo(25);
    assertThat(ServiceJvm.major("25")).isEqualTo(25);
    assertThat(ServiceJvm.major("17.0.15+6-Debian-1deb12u1")).isEqualTo(17);
    assertThat(ServiceJvm.major("1.8.0_402")).isEqualTo(8);
    assertThat(ServiceJvm.major("unknown")).isZero();
  }

  @Test
  void givenTheSameApplicationAndJdk_thenTheSameCacheFile_andAnotherAfterARebuildOrOnAnotherJdk()
      throws IOException {
    Path app = application(tmp.resolve("quarkus-app"));
    ServiceJvm jdk25 = jvm(jdk(jvms.resolve("temurin-25"), "25.0.3"));
    ServiceJvm jdk251 = jvm(jdk(jvms.resolve("temurin-25.0.4"), "25.0.4"));

    Path first = AotCache.file(app, "register", jdk25);
    assertThat(AotCache.file(app, "register", jdk25)).isEqualTo(first);
    assertThat(first.getParent()).isEqualTo(app);
    assertThat(first.getFileName().toString()).startsWith("register-jdk25.0.3-").endsWith(".aot");
    assertThat(AotCache.file(app, "rights", jdk25)).isNotEqualTo(first);
    assertThat(AotCache.file(app, "register", jdk251)).isNotEqualTo(first);

    // a cache or archive beside the jar is not part of the application
    Files.writeString(first, "cache");
    Files.writeString(app.resolve("app-cds.jsa"), "archive");
    assertThat(AotCache.file(app, "register", jdk25)).isEqualTo(first);

    // a rebuild: the same names, one library newer
    Files.setLastModifiedTime(
        app.resolve("lib/main/a.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(AotCache.file(app, "register", jdk25)).isNotEqualTo(first);
  }

  @Test
  void givenOtherOptions_thenAnotherCacheFile() throws IOException {
    Path app = application(tmp.resolve("quarkus-app"));
    Path home = jdk(jvms.resolve("temurin-25"), "25.0.3");
    ServiceJvm defaults = ServiceJvm.choose(Map.of(), home, List.of());
    ServiceJvm replaced =
        ServiceJvm.choose(Map.of("REKISTERI_SERVICE_JAVA_OPTS", "-Xmx128m"), home, List.of());

    assertThat(AotCache.file(app, "register", replaced))
        .isNotEqualTo(AotCache.file(app, "register", defaults));
  }

  @Test
  void givenOldCachesOfTwoServices_whenANewOneIsMade_thenOnlyThatServicesOldOnesAreRemoved()
      throws IOException {
    Path app = application(tmp.resolve("quarkus-app"));
    Path old = Files.writeString(app.resolve("register-jdk25.0.2-aaaaaaaaaaaa.aot"), "old");
    Path rights = Files.writeString(app.resolve("rights-jdk25.0.2-bbbbbbbbbbbb.aot"), "rights");
    Path current = Files.writeString(app.resolve("register-jdk25.0.3-cccccccccccc.aot"), "new");

    AotCache.removeOthers(app, "register", current);

    assertThat(old).doesNotExist();
    assertThat(rights).exists();
    assertThat(current).exists();
    assertThat(app.resolve("quarkus-run.jar")).exists();
  }

  private ServiceJvm jvm(Path home) {
    return ServiceJvm.choose(Map.of(), home, List.of());
  }

  private static Path application(Path app) throws IOException {
    Files.createDirectories(app.resolve("lib/main"));
    Files.createDirectories(app.resolve("app"));
    Files.writeString(app.resolve("quarkus-run.jar"), "jar");
    Files.writeString(app.resolve("lib/main/a.jar"), "a");
    Files.writeString(app.resolve("app/service.jar"), "service");
    return app;
  }

  private static Path jdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    return home;
  }
}
