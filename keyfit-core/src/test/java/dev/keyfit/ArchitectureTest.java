package dev.keyfit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library core, checked on its compiled classes: no package cycles, no shell
 * library, each stage importing only the stages before it, and no process-global side effect.
 */
class ArchitectureTest {

  /** The stages in data-flow order: each may import only those before it. */
  static final List<String> STAGES =
      List.of(
          "extract", "nlp", "keywords", "match", "posting", "score", "advise", "report", "batch");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.keyfit");
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.keyfit.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreImportsNoShellLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "picocli..",
            "me.tongfei..",
            "io.pebbletemplates..",
            "com.openhtmltopdf..",
            "org.apache.batik..",
            "org.apache.commons.csv..",
            "com.sun.net.httpserver..",
            "io.javalin..",
            "org.eclipse.jetty..",
            "jakarta.servlet..",
            "org.apache.spark..",
            "scala..",
            "org.slf4j.impl..")
        .because(
            "the core is a library: shells (CLI, web app, Spark job) and renderers stand on it")
        .check(core);
  }

  @Test
  void stagesImportOnlyEarlierStages() {
    for (int i = 0; i < STAGES.size(); i++) {
      List<String> later = STAGES.subList(i + 1, STAGES.size());
      if (later.isEmpty()) {
        continue;
      }
      ArchRule rule =
          noClasses()
              .that()
              .resideInAPackage("dev.keyfit." + STAGES.get(i) + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  later.stream().map(s -> "dev.keyfit." + s + "..").toArray(String[]::new))
              .because(
                  "data flows "
                      + String.join(" → ", STAGES)
                      + "; nothing upstream knows what comes after it");
      rule.check(core);
    }
    noClasses()
        .that()
        .resideInAnyPackage(
            STAGES.stream().map(s -> "dev.keyfit." + s + "..").toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(Keyfit.class.getName())
        .because("the facade stands on the stages, not the other way round")
        .check(core);
  }

  @Test
  void noShutdownHooksOrSystemPropertiesOutsideAProcessMain() {
    noClasses()
        .should()
        .callMethodWhere(processGlobal())
        .because(
            "the shell that owns the process installs hooks and JVM-wide settings; "
                + "only the main of a process keyfit starts itself (the extraction worker) may")
        .check(core);
  }

  @Test
  void jvmWideLibrarySettingsAreMadeOnlyByTheExplicitHardeningCall() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(LibrarySettings.class.getName())
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a JVM-wide setter of POI's zip limits",
                call ->
                    call.getTargetOwner()
                            .getFullName()
                            .startsWith("org.apache.poi.openxml4j.util.ZipSecureFile")
                        && call.getTarget().getName().startsWith("set")))
        .because("Keyfit.hardenLibraries() is the process owner's one explicit call")
        .check(core);
  }

  /** A call to Runtime.addShutdownHook or System.setProperty from anything but a main method. */
  private static DescribedPredicate<JavaMethodCall> processGlobal() {
    return DescribedPredicate.describe(
        "Runtime.addShutdownHook or System.setProperty outside a main method",
        call -> {
          String owner = call.getTargetOwner().getFullName();
          String name = call.getTarget().getName();
          boolean global =
              owner.equals(Runtime.class.getName()) && name.equals("addShutdownHook")
                  || owner.equals(System.class.getName()) && name.equals("setProperty");
          return global && !call.getOrigin().getName().equals("main");
        });
  }
}
