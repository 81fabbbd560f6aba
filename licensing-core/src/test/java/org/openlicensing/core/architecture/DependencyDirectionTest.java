package org.openlicensing.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's direction of dependencies: the api and the core know nothing of persistence, HTTP,
 * containers or payment SDKs, and the api knows nothing of the core.
 */
class DependencyDirectionTest {
  private static final String[] OUTER_LAYERS = {
    "jakarta.persistence..",
    "jakarta.ws.rs..",
    "org.glassfish..",
    "org.eclipse.persistence..",
    "com.stripe.."
  };

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openlicensing.api", "org.openlicensing.core");

  @Test
  void apiUsesNoOuterLayer() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.openlicensing.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OUTER_LAYERS);
    rule.check(MAIN_CLASSES);
  }

  @Test
  void coreUsesNoOuterLayer() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.openlicensing.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OUTER_LAYERS);
    rule.check(MAIN_CLASSES);
  }

  @Test
  void apiDoesNotDependOnTheCore() {
    noClasses()
        .that()
        .resideInAPackage("org.openlicensing.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.openlicensing.core..")
        .check(MAIN_CLASSES);
  }

  @Test
  void apiDependsOnNothingButTheJdkAndNimbus() {
    noClasses()
        .that()
        .resideInAPackage("org.openlicensing.api..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.openlicensing.api..", "java..", "com.nimbusds..")
        .check(MAIN_CLASSES);
  }
}
