package org.luoshi.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation module started on its own, as on a first start with demo data: it
 * needs no other module, and the empty directory is filled before the demo notice is
 * imported.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "luoshi.demo.enabled=true")
class OrganisationModuleTests {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	ApplicationRunner demoLoader;

	@Test
	void fillsTheEmptyDirectoryWithTheDemoOrganisationsAtStartUp() {
		assertThat(this.directory.all()).hasSize(82);
		OrganisationRef cities = this.directory.resolve("各市(州)政府").orElseThrow();
		assertThat(this.directory.membersOf(cities.id())).hasSize(9);
	}

	@Test
	void leavesADirectoryThatHoldsAnythingAlone() throws Exception {
		this.demoLoader.run(new DefaultApplicationArguments());

		assertThat(this.directory.all()).hasSize(82);
	}

	@Test
	void loadsBeforeTheDemoNoticeIsImported() {
		assertThat(OrderUtils.getOrder(this.demoLoader.getClass())).isEqualTo(OrganisationDirectory.DEMO_ORDER);
		assertThat(OrganisationDirectory.DEMO_ORDER).isLessThan(20);
	}

}
