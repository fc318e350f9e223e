package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.luoshi.common.Illustrative;
import org.luoshi.common.PinnableClock;
import org.luoshi.indicator.Indicators;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.reporting.CycleOpening;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.Reminders;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;
import org.luoshi.security.UserPage;
import org.luoshi.security.UserView;
import org.luoshi.security.Users;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (示例数据): a past year's reporting cycle written through the real services as on
 * the days it would have happened, and marked illustrative. The office opens it in
 * January; every organisation writes each entry (completed, in progress, lagging or
 * blocked, with what was done, the problems and next steps), the figures it owes and the
 * lead's consolidated accounts, and submits in March; its approver approves, the office
 * receives and accepts. An organisation with demo logins (省农委) has its report returned
 * once by its approver and sent again with its data sources; three organisations miss the
 * deadline and submit in April under an exception; one never reports. Reminders go out on
 * their days.
 */
@Component
class DemoYear {

	private static final LocalTime MORNING = LocalTime.of(9, 0);

	private static final int LATE = 3;

	private final Cycles cycles;

	private final ReportDrafts drafts;

	private final ReportWorkflow workflow;

	private final Reminders reminders;

	private final ReportStore store;

	private final EntryStore entries;

	private final Users users;

	private final PlanRegister register;

	private final Indicators indicators;

	private final CurrentActor actors;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoYear(Cycles cycles, ReportDrafts drafts, ReportWorkflow workflow, Reminders reminders, ReportStore store,
			EntryStore entries, Users users, PlanRegister register, Indicators indicators, CurrentActor actors,
			Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.cycles = cycles;
		this.drafts = drafts;
		this.workflow = workflow;
		this.reminders = reminders;
		this.store = store;
		this.entries = entries;
		this.users = users;
		this.register = register;
		this.indicators = indicators;
		this.actors = actors;
		this.clock = clock;
	}

	/** Writes the year's cycle of the plan, as demo data; returns it. */
	CycleView write(long planId, int year, ZoneId zone) {
		// one transaction: the year is written whole or not at all, and committed once
		return this.transactions.execute((tx) -> Illustrative.writing(() -> {
			Timeline timeline = new Timeline(zone);
			LocalDate opened = LocalDate.of(year + 1, 1, 10);
			CycleView cycle = timeline.now(opened, office(),
					() -> this.cycles.open(planId, new CycleOpening(year, null, List.of())));
			LocalDate deadline = cycle.deadline().atZoneSameInstant(zone).toLocalDate();
			// the opening notice, then the last reminder and the overdue notice, each on
			// the
			// morning after it fell due (the earlier reminders are passed by then: a
			// reminder reaches only drafts not yet due)
			timeline.add(opened, LocalTime.of(9, 5), office(), this.reminders::sendDue);
			timeline.add(deadline, LocalTime.of(8, 30), office(), this.reminders::sendDue);
			timeline.add(deadline.plusDays(1), LocalTime.of(8, 30), office(), this.reminders::sendDue);
			DemoTexts texts = this.actors.actingAs(office(),
					() -> DemoTexts.load()
						.withPlan(this.register.tasks(planId, TaskFilter.none(), 0, Integer.MAX_VALUE).items(),
								this.indicators.ofPlan(planId)));
			List<ReportStore.Report> all = this.store.ofCycle(cycle.id());
			List<UserView> logins = this.actors.actingAs(office(), this::everyLogin);
			long demoOrganisation = logins.stream()
				.filter((u) -> u.role() == Role.REPORTER && u.organisationId() != null)
				.map(UserView::organisationId)
				.findFirst()
				.orElse(-1L);
			ReportStore.Report missing = missingOne(all, demoOrganisation);
			List<ReportStore.Report> reporting = all.stream().filter((r) -> r != missing).toList();
			for (int i = 0; i < reporting.size(); i++) {
				ReportStore.Report report = reporting.get(i);
				boolean demo = report.organisationId() == demoOrganisation;
				boolean late = i % (reporting.size() / LATE) == 7 && !demo;
				LocalDate submitted = late ? deadline.plusDays(5 + i % 7) : deadline.minusDays(26 - (i * 7) % 26);
				new Report(report, cycle.year(), texts, timeline, demo, late).schedule(submitted, deadline,
						login(logins, Role.REPORTER, report.organisationId()),
						login(logins, Role.APPROVER, report.organisationId()));
			}
			// the office accepts the year's reports once the late ones are in
			LocalDate accepted = deadline.plusDays(25);
			for (ReportStore.Report report : reporting) {
				timeline.add(accepted, LocalTime.of(15, 0), office(),
						() -> this.workflow.accept(report.id(), version(report.id())));
			}
			timeline.run();
			return this.actors.actingAs(office(), () -> this.cycles.get(cycle.id()));
		}));
	}

	/** The organisation that never reports: the one with the fewest tasks. */
	private ReportStore.Report missingOne(List<ReportStore.Report> all, long demoOrganisation) {
		return all.stream()
			.filter((r) -> r.organisationId() != demoOrganisation)
			.min(Comparator.comparingInt((ReportStore.Report r) -> this.entries.ofReport(r.id()).size())
				.thenComparing(ReportStore.Report::organisationId, Comparator.reverseOrder()))
			.orElse(null);
	}

	private int version(long reportId) {
		return this.store.find(reportId).orElseThrow().version();
	}

	/**
	 * Who acts for the organisation in the role: its demo login if it has one, else a
	 * demo name.
	 */
	private static Actor login(List<UserView> logins, Role role, long organisation) {
		String name = logins.stream()
			.filter((u) -> u.role() == role && u.organisationId() != null && u.organisationId() == organisation)
			.map(UserView::username)
			.findFirst()
			.orElse("demo-" + role.code() + "-" + organisation);
		return new Actor(0, name, name, role, organisation);
	}

	private static Actor office() {
		return new Actor(0, "office", "office", Role.OFFICE, null);
	}

	/** One organisation's report: its writing, submission and review. */
	private final class Report {

		private final ReportStore.Report report;

		private final int year;

		private final DemoTexts texts;

		private final Timeline timeline;

		private final boolean demo;

		private final boolean late;

		Report(ReportStore.Report report, int year, DemoTexts texts, Timeline timeline, boolean demo, boolean late) {
			this.report = report;
			this.year = year;
			this.texts = texts;
			this.timeline = timeline;
			this.demo = demo;
			this.late = late;
		}

		void schedule(LocalDate submitted, LocalDate deadline, Actor reporter, Actor approver) {
			long id = this.report.id();
			LocalDate written = this.late ? deadline.plusDays(3) : submitted.minusDays(3);
			if (this.late) {
				OffsetDateTime due = deadline.plusDays(20)
					.atTime(LocalTime.of(23, 59))
					.atZone(this.timeline.zone)
					.toOffsetDateTime();
				this.timeline.add(deadline.plusDays(2), LocalTime.of(10, 0), office(), () -> DemoYear.this.workflow
					.grantException(id, version(id), this.texts.text("late", 0, ""), due));
			}
			this.timeline.add(written, LocalTime.of(10, 0), reporter, this::write);
			this.timeline.add(submitted, LocalTime.of(16, 0), reporter, this::submit);
			LocalDate approved = submitted.plusDays(1);
			if (this.demo) {
				this.timeline.add(approved, LocalTime.of(9, 30), approver, () -> DemoYear.this.workflow
					.returnFromApproval(id, version(id), this.texts.text("return", 0, "")));
				this.timeline.add(approved, LocalTime.of(14, 0), reporter, this::correct);
				this.timeline.add(approved, LocalTime.of(14, 30), reporter, this::submit);
				approved = approved.plusDays(1);
			}
			this.timeline.add(approved, LocalTime.of(10, 0), approver,
					() -> DemoYear.this.workflow.approve(id, version(id), null));
			this.timeline.add(approved.plusDays(1), LocalTime.of(11, 0), office(),
					() -> DemoYear.this.workflow.receive(id, version(id)));
		}

		/**
		 * Every entry with a status and its words, the leads' accounts, the figures owed.
		 */
		private Integer write() {
			long id = this.report.id();
			int version = version(id);
			for (EntryStore.Entry entry : DemoYear.this.entries.ofReport(id)) {
				long choice = entry.taskId() * 31 + this.report.organisationId();
				EntryStatus status = status(choice);
				String key = status.code();
				String code = this.texts.code(entry.taskId());
				String problems = (status == EntryStatus.COMPLETED && choice % 3 != 0) ? null
						: this.texts.text(key + ".problems", choice, code);
				EntryChange change = new EntryChange(status.code(), this.texts.text(key + ".done", choice, code), null,
						problems, this.texts.text(key + ".next", choice, code));
				version = DemoYear.this.drafts.saveEntry(id, entry.taskId(), version, change).version();
				if (entry.kind() == EntryKind.LEAD) {
					version = DemoYear.this.drafts
						.consolidate(id, entry.taskId(), version, this.texts.text("consolidated", 0, code))
						.version();
				}
			}
			for (EntryStore.Owed owed : DemoYear.this.entries.owed(id)) {
				int at = version;
				version = this.texts.figure(owed.indicatorId(), this.year)
					.map((figure) -> DemoYear.this.drafts.enterFigure(id, owed.indicatorId(), at, figure).version())
					.orElse(version);
			}
			return version;
		}

		/** Adds the data sources the approver asked for to the first entry. */
		private Object correct() {
			long id = this.report.id();
			EntryStore.Entry first = DemoYear.this.entries.ofReport(id).get(0);
			String figures = this.texts.text("revised.figures", 0, this.texts.code(first.taskId()));
			return DemoYear.this.drafts.saveEntry(id, first.taskId(), version(id),
					new EntryChange(null, null, figures, null, null));
		}

		private Object submit() {
			long id = this.report.id();
			int version = version(id);
			return DemoYear.this.workflow.submit(id, version, "demo-" + id + "-" + version);
		}

		/** About half completed, a third in progress, the rest lagging or blocked. */
		private static EntryStatus status(long choice) {
			int bucket = (int) Math.floorMod(choice * 7919, 100L);
			if (bucket < 45) {
				return EntryStatus.COMPLETED;
			}
			if (bucket < 80) {
				return EntryStatus.IN_PROGRESS;
			}
			return (bucket < 93) ? EntryStatus.LAGGING : EntryStatus.BLOCKED;
		}

	}

	/** Work to do at given moments, run in the order of time with the clock at each. */
	private final class Timeline {

		private record Step(OffsetDateTime at, int order, Actor actor, Supplier<?> work) {
		}

		private final ZoneId zone;

		private final List<Step> steps = new ArrayList<>();

		Timeline(ZoneId zone) {
			this.zone = zone;
		}

		<T> T now(LocalDate day, Actor actor, Supplier<T> work) {
			return run(new Step(day.atTime(MORNING).atZone(this.zone).toOffsetDateTime(), 0, actor, work));
		}

		void add(LocalDate day, LocalTime time, Actor actor, Supplier<?> work) {
			this.steps
				.add(new Step(day.atTime(time).atZone(this.zone).toOffsetDateTime(), this.steps.size(), actor, work));
		}

		void run() {
			this.steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
			this.steps.forEach(this::run);
		}

		@SuppressWarnings("unchecked")
		private <T> T run(Step step) {
			return DemoYear.this.actors.actingAs(step.actor(),
					() -> PinnableClock.at(DemoYear.this.clock, step.at().toInstant(), (Supplier<T>) step.work()));
		}

	}

	// the demo's few logins, page by page
	private List<UserView> everyLogin() {
		List<UserView> logins = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			UserPage found = this.users.page(null, page, Users.MOST_ON_A_PAGE);
			logins.addAll(found.users());
			if (page + 1 >= found.totalPages()) {
				return logins;
			}
		}
	}

}
