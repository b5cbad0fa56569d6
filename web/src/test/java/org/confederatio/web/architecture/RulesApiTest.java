package org.confederatio.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules module is a library whose public surface is its {@code api} package. Liberty's EAR
 * class loading ignores a module descriptor, so this test is what keeps the server from reaching
 * past that surface: it reads the compiled server classes (ejb and web, not tests) and fails on any
 * dependency on a rules class outside {@code org.confederatio.rules.api}. It also keeps the arrows
 * one way: the rules know nothing of the server, and ejb nothing of web.
 */
class RulesApiTest {

  private static JavaClasses server;
  private static JavaClasses rules;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    server = importer.importPackages("org.confederatio");
    rules = importer.importPackages("org.confederatio.rules");
  }

  @Test
  @DisplayName("ejb and web use the rules only through org.confederatio.rules.api")
  void serverUsesOnlyTheApi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.confederatio.rules..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.confederatio.rules..")
                .and(not(resideInAPackage("org.confederatio.rules.api.."))))
        .because("the rules' api package is their only public surface")
        .check(server);
  }

  @Test
  @DisplayName("the rules depend on neither the server nor Jakarta, and ejb not on web")
  void arrowsPointOneWay() {
    noClasses()
        .that()
        .resideInAPackage("org.confederatio.rules..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("jakarta..")
                .or(
                    resideInAPackage("org.confederatio..")
                        .and(not(resideInAPackage("org.confederatio.rules..")))))
        .check(rules);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.confederatio.web..")
        .should()
        .dependOnClassesThat(resideInAPackage("org.confederatio.web.."))
        .check(server);
  }
}
