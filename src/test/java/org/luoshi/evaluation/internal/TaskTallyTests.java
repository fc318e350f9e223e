package org.luoshi.evaluation.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.plan.ChapterOverview;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.TaskOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks counted by the status their reports gave. */
class TaskTallyTests {

	private static TaskSummary task(long id, int chapter) {
		return new TaskSummary(id, 1, chapter + ".1." + id, chapter, 1, "任务" + id, "lead", "省发展改革委", List.of(), false,
				null);
	}

	private static TaskOutcome outcome(long task, long organisation, EntryStatus status, String problems) {
		return new TaskOutcome(task, organisation, "单位" + organisation, EntryKind.OWN, status, problems);
	}

	@Test
	void aTaskAnsweredByDutyTakesTheLeastAdvancedStatusAnyOrganisationGave() {
		TaskTally tally = new TaskTally(List.of(outcome(1, 10, EntryStatus.COMPLETED, null),
				outcome(1, 11, EntryStatus.LAGGING, "资金不足"), outcome(1, 12, EntryStatus.IN_PROGRESS, null)));
		assertThat(tally.deciding(1)).hasValueSatisfying((o) -> {
			assertThat(o.status()).isEqualTo(EntryStatus.LAGGING);
			assertThat(o.organisationName()).isEqualTo("单位11");
		});
	}

	@Test
	void aTaskNoSubmittedReportCoversIsNotReported() {
		TaskTally tally = new TaskTally(List.of(outcome(1, 10, EntryStatus.COMPLETED, null),
				outcome(2, 10, EntryStatus.BLOCKED, "用地不足"), outcome(3, 10, EntryStatus.NOT_STARTED, null)));
		TaskCounts counts = tally.count(List.of(task(1, 1), task(2, 1), task(3, 2), task(4, 2), task(5, 2)));
		assertThat(counts).isEqualTo(new TaskCounts(5, 1, 0, 1, 0, 1, 2));
	}

	@Test
	void eachChapterNamesItsLaggingAndBlockedTasksWithTheProblemGiven() {
		TaskTally tally = new TaskTally(List.of(outcome(1, 10, EntryStatus.COMPLETED, null),
				outcome(2, 10, EntryStatus.BLOCKED, "用地不足"), outcome(3, 10, EntryStatus.LAGGING, "资金不足")));
		List<ChapterProgress> chapters = tally.chapters(
				List.of(new ChapterOverview(1, "第一部分", 1, 2), new ChapterOverview(2, "第二部分", 1, 1)),
				List.of(task(1, 1), task(2, 1), task(3, 2)));
		assertThat(chapters.get(0).issues()).singleElement().satisfies((i) -> {
			assertThat(i.status()).isEqualTo("blocked");
			assertThat(i.problems()).isEqualTo("用地不足");
			assertThat(i.lead()).isEqualTo("省发展改革委");
		});
		assertThat(chapters.get(1).issues()).extracting((i) -> i.problems()).containsExactly("资金不足");
		assertThat(chapters.get(1).counts().lagging()).isEqualTo(1);
	}

}
