package fi.rekisteri.register.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The layering of the service, checked on the compiled classes: resources -> services ->
 * repositories, never back; no cycles between the packages under fi.rekisteri.register.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fi.rekisteri.register");

  @Test
  void servicesAndJobsNeverDependOnResources() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Service")
        .or()
        .haveSimpleNameEndingWith("Job")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(CLASSES);
  }

  @Test
  void repositoriesNeverDependOnServicesOrResources() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Service")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(CLASSES);
  }

  @Test
  void entitiesDependOnNoResource() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(CLASSES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("fi.rekisteri.register.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
