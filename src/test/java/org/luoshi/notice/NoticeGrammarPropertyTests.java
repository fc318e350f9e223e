package org.luoshi.notice;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices generated from the grammar — any number of chapters, sections and tasks, every
 * clause form, several tasks to a paragraph, in every house style — parse back to exactly
 * the structure they were generated from.
 */
class NoticeGrammarPropertyTests {

	private static final List<String> DEPARTMENTS = List.of("省发展改革委", "省财政厅", "省工业和信息化厅", "省人力资源和社会保障厅", "省住房和城乡建设厅",
			"省教育厅", "省科技厅", "省农业农村厅", "省水利厅", "省商务厅", "省卫生健康委", "省生态环境厅", "省自然资源厅", "省统计局", "省市场监管局", "省委宣传部", "省委组织部",
			"省法院", "省总工会", "省国资委", "省交通运输厅", "省能源局", "发展改革委", "财政部", "工业和信息化部", "人民银行", "国务院办公厅", "海关总署");

	private static final List<String> CITIES = List.of("长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "通化市政府", "白山市政府");

	private static final List<String> SENTENCES = List.of("加快建设现代农业产业体系", "推进农产品质量安全检验检测体系建设", "支持规模养殖场（小区）粪污无害化处理",
			"积极推进通化（白山）－丹东经济带建设", "完善基层农技推广体系", "深化国有企业公司制股份制改革", "健全城乡居民最低生活保障制度", "建设全省物流公共信息平台", "提高口岸通关能力",
			"加强环境监测、预警和应急能力建设", "推进城市管理数字化及智能化", "鼓励和引导社会资本进入医疗市场", "实施文化惠民工程", "完善资源产权交易机制");

	private static final List<String> TITLES = List.of("促进农业现代化", "建设新型工业基地", "实现服务业跨越式发展", "统筹推进城镇化", "提高区域创新能力",
			"加快基础设施建设", "建设生态文明", "大力发展社会事业", "深化改革", "实施开放带动战略");

	@Property(tries = 300)
	void generatedNoticesParseBackToTheirStructure(@ForAll("notices") GeneratedNotice notice) {
		NoticeDraft draft = NoticeFixtures.parse(notice.render());
		assertThat(draft.chapters()).hasSameSizeAs(notice.chapters());
		for (int c = 0; c < notice.chapters().size(); c++) {
			GeneratedNotice.Chapter expected = notice.chapters().get(c);
			ChapterDraft actual = draft.chapters().get(c);
			assertThat(NoticeFixtures.compared(actual.title())).isEqualTo(NoticeFixtures.compared(expected.title()));
			assertTasks(actual.tasks(), expected.tasks(), notice.style(), (c + 1) + ".0.");
			assertThat(actual.sections()).hasSameSizeAs(expected.sections());
			for (int s = 0; s < expected.sections().size(); s++) {
				assertThat(actual.sections().get(s).title()).isEqualTo(expected.sections().get(s).title());
				assertTasks(actual.sections().get(s).tasks(), expected.sections().get(s).tasks(), notice.style(),
						(c + 1) + "." + (s + 1) + ".");
			}
		}
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
		assertThat(draft.reporting().deadline().getMonthValue()).isEqualTo(3);
	}

	private static void assertTasks(List<TaskDraft> actual, List<GeneratedNotice.Task> expected,
			GeneratedNotice.Style style, String idPrefix) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			GeneratedNotice.Task e = expected.get(i);
			TaskDraft a = actual.get(i);
			assertThat(a.id()).isEqualTo(idPrefix + (i + 1));
			assertThat(a.text()).isEqualTo(e.text());
			assertThat(a.responsibleNames()).containsExactlyElementsOf(e.organisations());
			assertThat(a.mode()).isEqualTo(e.expectedMode());
			assertThat(a.lead()).isEqualTo(e.expectedLead(style.leadRuleInPreamble()));
			assertThat(a.openEnded()).isEqualTo(e.openEnded());
		}
	}

	@Provide
	Arbitrary<GeneratedNotice> notices() {
		Arbitrary<GeneratedNotice.Style> styles = Combinators
			.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
					Arbitraries.of(".", "、", "．"), Arbitraries.of(true, false), Arbitraries.of(true, false),
					Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as(GeneratedNotice.Style::new);
		return Combinators.combine(chapter().list().ofMinSize(1).ofMaxSize(6), styles).as(GeneratedNotice::new);
	}

	private Arbitrary<GeneratedNotice.Chapter> chapter() {
		Arbitrary<List<GeneratedNotice.Section>> sections = section().list().ofMaxSize(4);
		return Combinators.combine(Arbitraries.of(TITLES), task().list().ofMaxSize(3), sections)
			.filter((title, tasks, secs) -> !tasks.isEmpty() || !secs.isEmpty())
			.as(GeneratedNotice.Chapter::new);
	}

	private Arbitrary<GeneratedNotice.Section> section() {
		return Combinators.combine(Arbitraries.of(TITLES), task().list().ofMinSize(1).ofMaxSize(4))
			.as(GeneratedNotice.Section::new);
	}

	private Arbitrary<GeneratedNotice.Task> task() {
		Arbitrary<String> text = Arbitraries.of(SENTENCES)
			.list()
			.ofMinSize(1)
			.ofMaxSize(3)
			.map(sentences -> String.join("。", sentences) + "。");
		Arbitrary<GeneratedNotice.Form> forms = Arbitraries.of(GeneratedNotice.Form.class);
		return Combinators
			.combine(text, organisations(), forms, Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as((t, orgs, form, open, shares) -> {
				List<String> named = orgs;
				if (form != GeneratedNotice.Form.LEAD && form != GeneratedNotice.Form.RESPONSIBLE
						&& form != GeneratedNotice.Form.BY_DUTY && named.size() < 2) {
					named = List.of(named.get(0), named.get(0).equals("省财政厅") ? "省统计局" : "省财政厅");
				}
				if (form == GeneratedNotice.Form.LEAD) {
					named = List.of(named.get(0));
				}
				boolean openEnded = open
						&& (form == GeneratedNotice.Form.RESPONSIBLE || form == GeneratedNotice.Form.BY_DUTY
								|| form == GeneratedNotice.Form.LEAD_WITH_OTHERS_BY_DUTY);
				// a 等 list ends in a department; cities sharing 政府 come only in closed
				// lists
				if (openEnded) {
					named = named.stream().filter(n -> !n.endsWith("市政府")).toList();
					if (named.isEmpty() || named.size() < 2 && form == GeneratedNotice.Form.LEAD_WITH_OTHERS_BY_DUTY) {
						named = List.of("省发展改革委", "省财政厅");
					}
				}
				return new GeneratedNotice.Task(t, named, form, openEnded, shares);
			});
	}

	private Arbitrary<List<String>> organisations() {
		Arbitrary<List<String>> departments = Arbitraries.of(DEPARTMENTS)
			.list()
			.ofMinSize(1)
			.ofMaxSize(5)
			.uniqueElements();
		Arbitrary<List<String>> cities = Arbitraries.of(CITIES).list().ofMaxSize(3).uniqueElements();
		return Combinators.combine(departments, cities).as((d, c) -> {
			List<String> all = new ArrayList<>(d);
			all.addAll(c);
			return all;
		});
	}

}
