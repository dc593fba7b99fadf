import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Compares the OpenAPI document a service's build generated with the committed one and fails the
 * build when they differ, so that an API change is always a reviewed diff. With "update" as the
 * fourth argument it rewrites the committed document instead. Run by each service's pom (exec
 * plugin, package phase) as a single-file program: java OpenApiDrift.java GENERATED COMMITTED
 * SERVICE [update].
 */
public class OpenApiDrift {

  public static void main(String[] args) throws IOException {
    Path generated = Path.of(args[0]);
    Path committed = Path.of(args[1]);
    String service = args[2];
    boolean update = args.length > 3 && (args[3].isEmpty() || args[3].equals("true"));
    if (!Files.isRegularFile(generated)) {
      fail("The build wrote no OpenAPI document at " + generated);
    }
    List<String> now = Files.readAllLines(generated);
    if (update) {
      Files.createDirectories(committed.getParent());
      Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("[openapi] " + service + ": wrote " + committed);
      return;
    }
    List<String> before = Files.exists(committed) ? Files.readAllLines(committed) : List.of();
    if (now.equals(before)) {
      System.out.println("[openapi] " + service + ": the generated document equals " + committed);
      return;
    }
    int line = 0;
    while (line < now.size() && line < before.size() && now.get(line).equals(before.get(line))) {
      line++;
    }
    fail(
        "The OpenAPI document of "
            + service
            + " differs from the committed "
            + committed
            + (before.isEmpty() ? " (missing)" : "")
            + "\n  first difference at line "
            + (line + 1)
            + ":\n    committed: "
            + (line < before.size() ? before.get(line) : "(end of file)")
            + "\n    generated: "
            + (line < now.size() ? now.get(line) : "(end of file)")
            + "\n  The API changed: review the change, then regenerate the committed documents with"
            + "\n    ./mvnw -B package -DskipTests -Dopenapi.update -pl register-service,rights-service -am"
            + "\n  and commit them.");
  }

  private static void fail(String message) {
    System.err.println("[openapi] " + message);
    System.exit(1);
  }
}
