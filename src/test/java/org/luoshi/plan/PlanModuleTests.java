package org.luoshi.plan;

import org.junit.jupiter.api.Test;
import org.luoshi.security.NotPermitted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The register started with only the modules it declares (the importer, the directory,
 * security): the demo start imports the seed notice into it, and its services refuse
 * anybody but the office changing it, whoever calls them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "luoshi.demo.enabled=true")
class PlanModuleTests {

	@Autowired
	PlanRegister register;

	@Autowired
	NoticeImports imports;

	@Test
	void startsWithoutTheModulesThatReadItAndHoldsTheSeedPlan() {
		assertThat(this.register.plans()).singleElement().satisfies((plan) -> {
			assertThat(plan.startYear()).isEqualTo(2011);
			assertThat(this.register.tasks(plan.id(), TaskFilter.none(), 0, 1).total()).isEqualTo(146);
		});
	}

	@Test
	@WithMockUser(username = "leader", roles = "LEADER")
	void aLeaderReadsTheRegisterButMayNotImport() {
		assertThat(this.register.plans()).hasSize(1);
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.imports.upload(PlanFixtures.seed(), "seed.txt", "leader"));
	}

	@Test
	@WithMockUser(username = "office", roles = "OFFICE")
	void theOfficeUploadsAPendingImportThatChangesNothingUntilConfirmed(PublishedEvents events) {
		ImportPreview preview = this.imports.upload(PlanFixtures.seed(), "seed.txt", "office");

		assertThat(preview.kind()).isEqualTo(ImportKind.ALREADY_IMPORTED);
		assertThat(this.register.plans()).hasSize(1);
		assertThat(events.ofType(ImportConfirmed.class)).isEmpty();
	}

}
