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
  void givenTheCode_thenServicesAndJobsNeverDependOnResources() {
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
  void givenTheCode_thenRepositoriesNeverDependOnServicesOrResources() {
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
  void givenTheCode_thenEntitiesDependOnNoResource() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(CLASSES);
  }

  @Test
  void givenTheCode_thenPackagesAreFreeOfCycles() {
    slices().matching("fi.rekisteri.register.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void givenItsClasses_whenCommon_thenNoFeaturePackage() {
    // validation (identity codes, postal codes, phones) is the register's rule set, not a feature
    noClasses()
        .that()
        .resideInAPackage("fi.rekisteri.register.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fi.rekisteri.register.audit..",
            "fi.rekisteri.register.contact..",
            "fi.rekisteri.register.controller..",
            "fi.rekisteri.register.demo..",
            "fi.rekisteri.register.disclosure..",
            "fi.rekisteri.register.erasureledger..",
            "fi.rekisteri.register.interaction..",
            "fi.rekisteri.register.invoice..",
            "fi.rekisteri.register.listexport..",
            "fi.rekisteri.register.order..",
            "fi.rekisteri.register.organisation..",
            "fi.rekisteri.register.outbox..",
            "fi.rekisteri.register.preference..",
            "fi.rekisteri.register.privacynotice..",
            "fi.rekisteri.register.retention..",
            "fi.rekisteri.register.subjectrights..")
        .check(CLASSES);
  }
}
