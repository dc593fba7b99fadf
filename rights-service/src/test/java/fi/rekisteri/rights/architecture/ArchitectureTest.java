package fi.rekisteri.rights.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The layering of the service, checked on the compiled classes: resources -> services ->
 * repositories, never back; no cycles between the packages under fi.rekisteri.rights.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fi.rekisteri.rights");

  @Test
  void givenServicesAndJobs_whenDependenciesChecked_thenNoResource() {
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
  void givenRepositories_whenDependenciesChecked_thenNoServiceOrResource() {
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
  void givenEntities_whenDependenciesChecked_thenNoResource() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(CLASSES);
  }

  @Test
  void givenPackages_whenDependenciesChecked_thenNoCycles() {
    slices().matching("fi.rekisteri.rights.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void givenCommon_whenDependenciesChecked_thenNoFeaturePackage() {
    noClasses()
        .that()
        .resideInAPackage("fi.rekisteri.rights.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fi.rekisteri.rights.accesspackage..",
            "fi.rekisteri.rights.audit..",
            "fi.rekisteri.rights.deadline..",
            "fi.rekisteri.rights.erasure..",
            "fi.rekisteri.rights.fulfilment..",
            "fi.rekisteri.rights.gdpr..",
            "fi.rekisteri.rights.letter..",
            "fi.rekisteri.rights.notification..",
            "fi.rekisteri.rights.register..",
            "fi.rekisteri.rights.request..",
            "fi.rekisteri.rights.selfservice..",
            "fi.rekisteri.rights.subject..",
            "fi.rekisteri.rights.ui..")
        .check(CLASSES);
  }

  @Test
  void givenRequest_whenDependenciesChecked_thenNoFulfilment() {
    noClasses()
        .that()
        .resideInAPackage("fi.rekisteri.rights.request..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("fi.rekisteri.rights.fulfilment..")
        .check(CLASSES);
  }
}
