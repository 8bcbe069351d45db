package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

  private final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndOnlyDownward() {
    modules.verify();
  }

  @Test
  void theRegistryStandsOnOrganisationAndAudit() {
    assertThat(modules.getModuleByName("registry")).isPresent();
    assertThat(
            modules
                .getModuleByName("registry")
                .orElseThrow()
                .getDirectDependencies(modules)
                .stream()
                .map(d -> d.getTargetModule().getIdentifier().toString()))
        .contains("organisation", "audit")
        .doesNotContain("demo");
  }

  @Test
  void writesModuleDiagramsIntoTheBuild() {
    Documenter documenter = new Documenter(modules);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
  }
}
