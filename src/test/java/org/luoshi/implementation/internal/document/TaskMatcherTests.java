package org.luoshi.implementation.internal.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the threshold of {@link TaskMatcher} comes from: against the whole seed plan (146
 * tasks), the stock headings of the genre (总体要求, 加强组织领导, 保障措施 words) score at most 0.35,
 * while headings and measures that quote or paraphrase a task score 0.43 and more;
 * {@link TaskMatcher#THRESHOLD} 0.4 lies between.
 */
class TaskMatcherTests {

	private static final List<Candidate> ALL = TestDocuments.seedTasks()
		.stream()
		.map(TestDocuments.SeedTask::candidate)
		.toList();

	private final TaskMatcher matcher = new TaskMatcher();

	static ReadItem item(String code, String heading, String measure) {
		return new ReadItem(1, null, code, heading, measure, null, null, null, List.of());
	}

	@Test
	void theStockHeadingsOfTheGenreFitNoTaskOfTheSeedPlan() {
		List<ReadItem> items = List.of(item(null, "加强组织领导", "成立工作领导小组"), item(null, "强化督促检查", "每半年调度一次"),
				item(null, "总体要求", "以科学发展观为指导"), item(null, "重点任务", "做好各项工作"), item(null, null, "完善工作机制，建立联席会议制度"),
				item(null, "加强行业精神文明建设", "开展文明行业创建活动"));

		List<Proposal> proposals = this.matcher.propose(items, ALL);

		assertThat(proposals).allSatisfy((p) -> {
			assertThat(p.taskId()).isNull();
			assertThat(p.basis()).isEqualTo(Proposal.Basis.NONE);
			assertThat(p.score()).isLessThan(0.35);
			assertThat(p.alternatives()).hasSize(3);
		});
	}

	@Test
	void headingsAndMeasuresThatQuoteOrParaphraseATaskFindItAmongTheWholePlan() {
		List<ReadItem> items = List.of(item(null, "完善农产品质量安全监管", "新建检测站"), item(null, "发展休闲观光农业", "培育休闲农业示范点"),
				item(null, "大力发展园艺特产业", "新建棚膜蔬菜小区"), item(null, null, "实施秸秆还田、气化、固化成型综合利用工程"));

		List<Proposal> proposals = this.matcher.propose(items, ALL);

		assertThat(proposals).extracting(Proposal::taskId).containsExactly(20203L, 20201L, 20105L, 20201L);
		assertThat(proposals).allSatisfy((p) -> {
			assertThat(p.basis()).isEqualTo(Proposal.Basis.TEXT);
			assertThat(p.score()).isGreaterThanOrEqualTo(0.43);
		});
	}

	@Test
	void amongTheOrganisationsOwnTasksAHeadingSharedWithAnotherDepartmentsTaskFindsItsOwn() {
		ReadItem item = item(null, "推进土地承包经营权流转", "建立流转服务中心");

		// the whole plan has a task of 省国土资源厅 on the same words (5.1.5); it comes first
		assertThat(this.matcher.propose(List.of(item), ALL).get(0).alternatives()).contains(20403L);
		assertThat(this.matcher.propose(List.of(item), JilinDepartmentPlanTests.candidates()).get(0).taskId())
			.isEqualTo(20403L);
	}

	@Test
	void aNumberInAnyWidthNamesItsTaskAndANumberNoTaskHasFallsBackToText() {
		List<Candidate> tasks = List.of(new Candidate(1, "3.2.1", "加快综合交通体系建设。"), new Candidate(2, "3.2.2", "加强能源保障。"));

		List<Proposal> proposals = this.matcher
			.propose(List.of(item("３．２．１", "任意标题", "措施"), item("9.9.9", "加快综合交通体系建设", "新建高速公路")), tasks);

		assertThat(proposals).extracting(Proposal::taskId).containsExactly(1L, 1L);
		assertThat(proposals).extracting(Proposal::basis)
			.containsExactly(Proposal.Basis.NUMBERING, Proposal.Basis.TEXT);
		assertThat(proposals.get(0).score()).isEqualTo(1.0);
	}

	@Test
	void withoutCandidatesNothingIsProposed() {
		Proposal proposal = this.matcher.propose(List.of(item("1.1.1", "标题", "措施")), List.of()).get(0);

		assertThat(proposal.taskId()).isNull();
		assertThat(proposal.basis()).isEqualTo(Proposal.Basis.NONE);
		assertThat(proposal.alternatives()).isEmpty();
	}

}
