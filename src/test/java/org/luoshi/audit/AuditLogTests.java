package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import org.luoshi.security.NotPermitted;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.common.Audited;
import org.luoshi.security.Role;
import org.luoshi.security.WithActor;
import org.springframework.security.test.context.support.WithMockUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every audited change lands in the log with who, what and when — and only if the change
 * itself commits.
 */
@WithActor(Role.OFFICE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
class AuditLogTests {

	@Autowired
	AuditLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	record Changed(String actor, String action, String subject, String summary) implements Audited {
	}

	@Test
	void theDemoImportIsInTheLog() {
		List<AuditEntry> entries = log.entries(null, "demo", 0, 50).items();
		assertThat(entries).extracting(AuditEntry::action).contains("plan.imported");
		assertThat(entries).filteredOn(e -> e.action().equals("plan.imported"))
			.extracting(AuditEntry::summary)
			.allMatch(s -> s.contains("146"));
	}

	@Autowired
	org.luoshi.organisation.OrganisationDirectory directory;

	@Autowired
	org.luoshi.indicator.Indicators indicators;

	@Autowired
	org.luoshi.indicator.IndicatorFigures values;

	@Test
	@DirtiesContext
	void changesInEveryModuleLandInTheLog() {
		long nongwei = directory.resolve("省农委").orElseThrow().id();
		directory.rename(nongwei, "省农业农村厅", java.time.LocalDate.of(2018, 10, 1), "office");
		long forest = indicators.ofPlan(1)
			.stream()
			.filter(i -> i.name().equals("森林覆盖率"))
			.findFirst()
			.orElseThrow()
			.id();
		values.enter(forest, new org.luoshi.indicator.FigureInput(null, 2011, "43.3", null, "统计公报", null));
		List<AuditEntry> entries = log.entries(null, "office", 0, 50).items();
		assertThat(entries).extracting(AuditEntry::action).contains("indicator.figure-entered");
		assertThat(entries).extracting(AuditEntry::subject).contains("organisation:" + nongwei, "indicator:" + forest);
		assertThat(entries).extracting(AuditEntry::action).anyMatch(a -> a.startsWith("organisation."));
	}

	@Test
	@DirtiesContext
	void aChangeRolledBackLeavesNoEntry() {
		assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult(status -> {
			events.publishEvent(new Changed("office", "test.changed", "thing:1", "改了一处"));
			throw new IllegalStateException("the change fails");
		}));
		transactions.executeWithoutResult(
				status -> events.publishEvent(new Changed("office", "test.changed", "thing:2", "又改了一处")));
		assertThat(log.entries("thing:1", null, 0, 10).total()).isZero();
		assertThat(log.entries("thing:2", null, 0, 10).items()).extracting(AuditEntry::actor, AuditEntry::summary)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("office", "又改了一处"));
	}

	@Test
	@WithMockUser(username = "leader", roles = "LEADER")
	void leadersReadTheLogToo() {
		assertThat(log.entries(null, "demo", 0, 5).items()).isNotEmpty();
	}

	@Test
	@WithMockUser(username = "nongwei", roles = "REPORTER")
	void theServiceItselfRefusesAReporter() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> log.entries(null, null, 0, 5))
			.satisfies((refused) -> assertThat(refused.action()).isEqualTo("read-audit"));
	}

}
