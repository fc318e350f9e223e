package org.luoshi;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.modularity.fixture.FixtureApplication;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keeps the modules apart: a dependency between modules that no {@code package-info.java}
 * allows fails the build, and so does a module that declares no allowed dependencies at
 * all (which would let it reach anything). Both checks are shown to fail on a small
 * application that breaks the rules on purpose. Also writes the module documentation to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LuoshiApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllow() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() {
		assertThat(undeclared(this.modules)).isEmpty();
	}

	@Test
	void aModuleReachingOneItDidNotDeclareFailsTheCheck() {
		ApplicationModules fixture = fixture();
		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
			.withMessageContaining("reacher")
			.withMessageContaining("keeper");
	}

	@Test
	void aModuleDeclaringNothingFailsTheCheck() {
		assertThat(undeclared(fixture())).containsExactly("stray");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

	/**
	 * The modules whose {@code @ApplicationModule} leaves its allowed dependencies open.
	 */
	static List<String> undeclared(ApplicationModules modules) {
		return modules.stream()
			.filter((module) -> declaration(module.getBasePackage().getName()) == null
					|| Arrays.asList(declaration(module.getBasePackage().getName()).allowedDependencies())
						.contains(ApplicationModule.OPEN_TOKEN))
			.map((module) -> module.getIdentifier().toString())
			.sorted()
			.toList();
	}

	// a package's annotations are those of its package-info class
	private static ApplicationModule declaration(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	// the fixture lives among the test classes, which the application's own check leaves
	// out
	private static ApplicationModules fixture() {
		return ApplicationModules.of(FixtureApplication.class, (location) -> true);
	}

}
