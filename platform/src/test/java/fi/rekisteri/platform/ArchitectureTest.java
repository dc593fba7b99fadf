package fi.rekisteri.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared module is infrastructure: it depends on neither service, never on a feature. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fi.rekisteri.platform");

  @Test
  void givenItsClasses_whenPlatform_thenNoDependencyOnEitherService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("fi.rekisteri.register..", "fi.rekisteri.rights..")
        .check(CLASSES);
  }
}
