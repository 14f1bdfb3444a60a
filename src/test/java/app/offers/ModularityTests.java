package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are the modules: no cycles between them, and none reaches into
 * another's internals. The generated documentation (component diagram, one canvas per
 * module) lands in target/spring-modulith-docs; docs/modules holds a copy.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OffersApplication.class);

	@Test
	void theModulesAreTheFeaturePackages() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("parsing",
				"offer", "ingest", "discount", "catalog", "caching", "web");
	}

	/**
	 * Also holds each module to the dependencies its package-info allows: the domain
	 * depends on no module, and learning offers ({@code ingest}) does not depend on
	 * answering them ({@code discount}).
	 */
	@Test
	void modulesHaveNoCyclesAndUseOnlyWhatOthersExposeAndTheyAllow() {
		modules.verify();
	}

	@Test
	void theDomainDependsOnNoModuleAndLearningDoesNotDependOnAnswering() {
		assertThat(modules.getModuleByName("offer").orElseThrow().getDirectDependencies(modules).stream()).isEmpty();
		assertThat(modules.getModuleByName("ingest")
			.orElseThrow()
			.getDirectDependencies(modules)
			.stream()
			.map(d -> d.getTargetModule().getIdentifier().toString())).doesNotContain("discount");
	}

	@Test
	void theComponentDiagramShowsEveryModule() throws IOException {
		new Documenter(modules).writeDocumentation();
		String diagram = Files.readString(Path.of("target", "spring-modulith-docs", "components.puml"));
		assertThat(modules.stream().map(ApplicationModule::getDisplayName))
			.allSatisfy(name -> assertThat(diagram).contains("\"" + name + "\""));
	}

}
