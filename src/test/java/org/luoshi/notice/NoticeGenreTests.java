package org.luoshi.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whole notices of the genre as other governments write them: the State Council with its
 * continuously numbered items under parts, a city with four levels of numbering and
 * labelled clauses, a province with its chapters at the top and a heading that carries
 * its task. None of them is the seed.
 */
class NoticeGenreTests {

	private static final String STATE_COUNCIL = """
			国务院关于落实《中华人民共和国国民经济和社会发展第十三个五年规划纲要》重点任务分工的通知
			国发〔2016〕29号
			各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
			　　为贯彻落实《中华人民共和国国民经济和社会发展第十三个五年规划纲要》（以下简称《纲要》），现就《纲要》重点任务分工通知如下。各项任务中排在第一位的部门为牵头部门，其他部门按职责分工负责。
			　　一、实施创新驱动发展战略
			　　1.强化科技创新引领作用。深入实施国家重点研发计划，加快建设一批国家实验室。（科技部牵头，发展改革委、财政部、中科院参与）
			　　2.深入推进大众创业万众创新。建设一批双创示范基地。（发展改革委、科技部、工业和信息化部、人力资源社会保障部负责）
			　　3.构建激励创新的体制机制。（科技部牵头，发展改革委、教育部、财政部等按职责分工负责）
			　　二、构建发展新体制
			　　4.深化行政管理体制改革。持续推进简政放权、放管结合、优化服务。(国务院审改办、中央编办牵头,各省级人民政府负责)
			　　5.加快财税体制改革。（财政部、税务总局按职责分工负责）
			　　三、推进农业现代化
			　　6.增强粮食安全保障能力。到2020年，粮食综合生产能力达到5.5亿吨以上，耕地保有量保持在18.65亿亩。（农业部、国土资源部牵头，发展改革委、水利部配合）
			　　7.构建现代农业经营体系。（农业部会同有关部门负责）
			　　四、工作要求
			　　各地区、各部门要于每年2月底前将上一年度落实情况报送国务院。发展改革委要会同有关部门开展年度监测评估，形成规划实施年度报告；在规划实施中期阶段开展中期评估。
			　　国务院
			　　2016年5月4日
			""";

	private static final String CITY = """
			长春市人民政府关于印发长春市国民经济和社会发展第十四个五年规划纲要主要目标任务分工方案的通知
			长府发〔2021〕12号
			各区人民政府，各开发区管委会，市政府各委办局、各直属机构：
			　　现将《长春市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》主要目标任务分工方案印发给你们，请认真贯彻落实。
			　　一、主要指标
			　　（一）约束性指标
			　　1.单位地区生产总值能源消耗降低13.5%。（市发展改革委牵头，市工业和信息化局、市生态环境局配合）
			　　2.森林覆盖率达到38%。（市林业和草原局负责）
			　　二、重点任务
			　　（一）建设现代产业体系
			　　1.做强汽车产业
			　　（1）推进整车扩能。加快红旗新工厂建设。（市工业和信息化局牵头，市发展改革委参与）
			　　（2）发展新能源汽车。（市工业和信息化局、市科技局按职责分工负责）
			　　2.培育数字经济
			　　①建设数字基础设施。（市政务服务和数字化建设管理局负责）②发展数字产业。（市工业和信息化局负责）
			　　（二）推进城乡融合
			　　推进新型城镇化建设，完善县城功能。（市发展改革委和农安县、榆树市、德惠市政府负责）
			　　实施乡村振兴战略。
			　　牵头单位：市农业农村局；配合单位：市财政局、市自然资源局
			　　三、保障措施
			　　各责任单位要于每年1月15日前将上年度工作进展情况报市发展改革委。
			　　长春市人民政府
			　　2021年6月30日
			""";

	private static final String PROVINCE = """
			湖北省人民政府关于印发湖北省国民经济和社会发展第十三个五年规划纲要主要目标和任务工作分工的通知
			各市、州、县人民政府，省政府各部门：
			　　现将《湖北省国民经济和社会发展第十三个五年规划纲要》主要目标和任务分工印发给你们。各项任务中列第一位者为牵头单位，其他单位按职责分工负责。
			　　（一）推进创新发展。
			　　加快建设创新型省份。（省科技厅、省发展改革委负责）
			　　（二）推进协调发展。
			　　实施“一主两副多极”区域发展战略。（各市（州）政府负责）
			　　（三）加强生态建设。推进长江经济带绿色发展。（省生态环境厅、省水利厅按职责分工负责）
			　　（四）组织实施
			　　各地、各部门每年12月底前将工作进展情况报送省发展改革委。
			　　2016年7月1日
			""";

	@Test
	void stateCouncilNoticeWithPartsAsChaptersAndContinuousNumbering() {
		NoticeDraft draft = NoticeFixtures.parse(STATE_COUNCIL);
		assertThat(draft.issuer()).isEqualTo("国务院");
		assertThat(draft.date()).isEqualTo(LocalDate.of(2016, 5, 4));
		assertThat(draft.documentNumber()).isEqualTo("国发〔2016〕29号");
		assertThat(draft.plan().title()).isEqualTo("中华人民共和国国民经济和社会发展第十三个五年规划纲要");
		assertThat(draft.plan().startYear()).isEqualTo(2016);
		assertThat(draft.plan().endYear()).isEqualTo(2020);
		assertThat(draft.chapters()).extracting(ChapterDraft::title)
			.containsExactly("实施创新驱动发展战略", "构建发展新体制", "推进农业现代化");
		assertThat(draft.chapters().get(1).sections()).extracting(SectionDraft::title)
			.containsExactly("深化行政管理体制改革", "加快财税体制改革");
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).hasSize(7);
		assertThat(tasks).extracting(TaskDraft::id, TaskDraft::mode, TaskDraft::lead)
			.containsExactly(tuple("1.1.1", ResponsibilityMode.LEAD, "科技部"),
					tuple("1.2.1", ResponsibilityMode.RESPONSIBLE, "发展改革委"),
					tuple("1.3.1", ResponsibilityMode.LEAD, "科技部"), tuple("2.1.1", ResponsibilityMode.LEAD, "国务院审改办"),
					tuple("2.2.1", ResponsibilityMode.BY_DUTY, null), tuple("3.1.1", ResponsibilityMode.LEAD, "农业部"),
					tuple("3.2.1", ResponsibilityMode.RESPONSIBLE, "农业部"));
		assertThat(tasks.get(0).text()).isEqualTo("强化科技创新引领作用。深入实施国家重点研发计划，加快建设一批国家实验室。");
		assertThat(tasks.get(0).responsible().get(0).kind()).isEqualTo(OrganisationKinds.CENTRAL_UNIT);
		ResponsibleOrganisation provinces = tasks.get(3).responsible().get(2);
		assertThat(provinces.collective()).isTrue();
		assertThat(provinces.kind()).isEqualTo(OrganisationKinds.PROVINCIAL_GOVERNMENT);
		assertThat(provinces.expandsTo()).hasSize(31).contains("吉林省人民政府", "新疆维吾尔自治区人民政府", "北京市人民政府");
		assertThat(draft.expectedTargets())
			.extracting(IndicatorDraft::name, IndicatorDraft::kind, IndicatorDraft::target, IndicatorDraft::unit,
					IndicatorDraft::targetYear)
			.containsExactly(tuple("粮食综合生产能力", IndicatorKind.REACH, new BigDecimal("5.5"), "亿吨", 2020),
					tuple("耕地保有量", IndicatorKind.MAINTAIN, new BigDecimal("18.65"), "亿亩", 2020));
		assertThat(draft.reporting().deadline()).isEqualTo(MonthDay.of(2, 29));
		assertThat(draft.reporting().deadline().atYear(2017)).isEqualTo(java.time.LocalDate.of(2017, 2, 28));
		assertThat(draft.reporting().to()).isEqualTo("国务院");
		assertThat(draft.evaluation()).extracting(EvaluationRule::type, EvaluationRule::year)
			.containsExactly(tuple(EvaluationRule.ANNUAL_REPORT, null),
					tuple(EvaluationRule.MID_TERM_EVALUATION, 2018));
		assertThat(draft.workRequirements()).hasSize(1);
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void cityNoticeWithFourLevelsOfNumberingAndLabelledClauses() {
		NoticeDraft draft = NoticeFixtures.parse(CITY);
		assertThat(draft.issuer()).isEqualTo("长春市人民政府");
		assertThat(draft.plan().startYear()).isEqualTo(2021);
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("主要指标", "重点任务");
		assertThat(draft.chapters().get(1).sections()).extracting(SectionDraft::title)
			.containsExactly("建设现代产业体系", "推进城乡融合");
		assertThat(draft.tasks()).extracting(TaskDraft::id, TaskDraft::text)
			.containsExactly(tuple("1.1.1", "单位地区生产总值能源消耗降低13.5%。"), tuple("1.1.2", "森林覆盖率达到38%。"),
					tuple("2.1.1", "推进整车扩能。加快红旗新工厂建设。"), tuple("2.1.2", "发展新能源汽车。"), tuple("2.1.3", "建设数字基础设施。"),
					tuple("2.1.4", "发展数字产业。"), tuple("2.2.1", "推进新型城镇化建设，完善县城功能。"), tuple("2.2.2", "实施乡村振兴战略。"));
		TaskDraft counties = draft.tasks().filter(t -> t.id().equals("2.2.1")).findFirst().orElseThrow();
		assertThat(counties.responsibleNames()).containsExactly("市发展改革委", "农安县政府", "榆树市政府", "德惠市政府");
		assertThat(counties.responsible()).extracting(ResponsibleOrganisation::kind)
			.containsExactly(OrganisationKinds.MUNICIPAL_UNIT, OrganisationKinds.COUNTY_GOVERNMENT,
					OrganisationKinds.COUNTY_GOVERNMENT, OrganisationKinds.COUNTY_GOVERNMENT);
		assertThat(draft.tasks().filter(t -> t.id().equals("2.1.3")).findFirst().orElseThrow().responsibleNames())
			.containsExactly("市政务服务和数字化建设管理局");
		assertThat(draft.bindingIndicators())
			.extracting(IndicatorDraft::name, IndicatorDraft::kind, IndicatorDraft::unit)
			.containsExactly(tuple("单位地区生产总值能源消耗", IndicatorKind.REDUCE_BY_PERCENT, "%"),
					tuple("森林覆盖率", IndicatorKind.REACH, "%"));
		assertThat(draft.bindingIndicators().get(0).targetYear()).isEqualTo(2025);
		assertThat(draft.reporting().deadline()).isEqualTo(MonthDay.of(1, 15));
		assertThat(draft.reporting().to()).isEqualTo("市发展改革委");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void provinceNoticeWithChaptersAtTheTopAndAHeadingThatCarriesItsTask() {
		NoticeDraft draft = NoticeFixtures.parse(PROVINCE);
		assertThat(draft.issuer()).isEqualTo("湖北省人民政府");
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("推进创新发展", "推进协调发展", "加强生态建设");
		List<TaskDraft> tasks = draft.tasks().toList();
		assertThat(tasks).extracting(TaskDraft::id).containsExactly("1.0.1", "2.0.1", "3.0.1");
		assertThat(tasks.get(0).lead()).isEqualTo("省科技厅");
		assertThat(tasks.get(2).text()).isEqualTo("加强生态建设。推进长江经济带绿色发展。");
		assertThat(tasks.get(2).mode()).isEqualTo(ResponsibilityMode.BY_DUTY);
		ResponsibleOrganisation cities = tasks.get(1).responsible().get(0);
		assertThat(cities.name()).isEqualTo("各市（州）政府");
		assertThat(cities.collective()).isTrue();
		assertThat(cities.kind()).isEqualTo(OrganisationKinds.CITY_GOVERNMENT);
		assertThat(cities.expandsTo()).hasSize(13).startsWith("武汉市政府").endsWith("恩施州政府");
		assertThat(draft.workRequirements()).extracting(NumberedParagraph::text)
			.containsExactly("各地、各部门每年12月底前将工作进展情况报送省发展改革委。");
		assertThat(draft.reporting().deadline()).isEqualTo(MonthDay.of(12, 31));
		assertThat(draft.date()).isEqualTo(LocalDate.of(2016, 7, 1));
	}

	@Test
	void aCoverLetterWithItsOwnNumberedPointsBeforeTheAttachedDivision() {
		NoticeDraft draft = NoticeFixtures.parse("""
				辽宁省人民政府办公厅关于印发辽宁省国民经济和社会发展第十三个五年规划纲要主要目标和任务分工方案的通知
				辽政办发〔2016〕88号
				各市人民政府，省政府各厅委、各直属机构：
				　　经省政府同意，现将《辽宁省国民经济和社会发展第十三个五年规划纲要主要目标和任务分工方案》印发给你们，请认真贯彻执行。
				　　一、提高认识，加强领导。各地区、各部门要充分认识做好规划实施工作的重要性。
				　　二、明确责任，狠抓落实。各有关部门要于每年1月底前将上一年度任务落实情况报送省发展改革委。
				　　辽宁省人民政府办公厅
				　　2016年8月5日
				附件
				辽宁省国民经济和社会发展第十三个五年规划纲要主要目标和任务分工方案
				一、主要目标
				（一）地区生产总值年均增长6.5%左右。（省发展改革委、省统计局负责）
				（二）单位地区生产总值能耗降低15%（约束性指标）。（省发展改革委牵头，省工业和信息化委、省环保厅配合）
				二、主要任务
				（一）推进供给侧结构性改革
				1．加快化解过剩产能。（省工业和信息化委牵头，省发展改革委、省国资委、省财政厅等部门配合）
				2．降低企业成本。（省财政厅、省地税局、省国税局按职责分工负责）
				""");
		assertThat(draft.plan().title()).isEqualTo("辽宁省国民经济和社会发展第十三个五年规划纲要");
		assertThat(draft.plan().startYear()).isEqualTo(2016);
		assertThat(draft.issuer()).isEqualTo("辽宁省人民政府办公厅");
		assertThat(draft.date()).isEqualTo(LocalDate.of(2016, 8, 5));
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("主要目标", "主要任务");
		assertThat(draft.tasks()).extracting(TaskDraft::id).containsExactly("1.1.1", "1.2.1", "2.1.1", "2.1.2");
		assertThat(draft.bindingIndicators()).extracting(IndicatorDraft::name, IndicatorDraft::kind)
			.containsExactly(tuple("单位地区生产总值能耗", IndicatorKind.REDUCE_BY_PERCENT));
		assertThat(draft.expectedTargets()).extracting(IndicatorDraft::name, IndicatorDraft::kind)
			.containsExactly(tuple("地区生产总值", IndicatorKind.INCREASE_BY_PERCENT));
		assertThat(draft.reporting().deadline()).isEqualTo(MonthDay.of(1, 31));
		assertThat(draft.reporting().to()).isEqualTo("省发展改革委");
		assertThat(draft.tasks().filter(t -> t.id().equals("2.1.1")).findFirst().orElseThrow().openEnded()).isTrue();
	}

	@Test
	void thePlanIsNamedByTheNoticeTitleWhenNoBookTitleMarksNameIt() {
		NoticeDraft draft = NoticeFixtures.parse("""
				长春市人民政府关于印发长春市国民经济和社会发展第十四个五年规划纲要主要目标任务分工方案的通知
				（一）推进重点工作。
				推进整车扩能。（市工业和信息化局牵头）
				""");
		assertThat(draft.plan().title()).isEqualTo("长春市国民经济和社会发展第十四个五年规划纲要");
		assertThat(draft.plan().endYear()).isEqualTo(2025);
	}

	@Test
	void partsCountedInWordsAboveNumberedPoints() {
		NoticeDraft draft = NoticeFixtures.parse("""
				第一部分　主要目标
				一、约束性指标
				森林覆盖率达到38%。（市林业局负责）
				第二部分　重点任务
				一、建设现代产业体系
				1.推进整车扩能。（市工业和信息化局牵头）
				二、推进城乡融合
				1.完善县城功能。（市住房城乡建设局牵头）
				""");
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("主要目标", "重点任务");
		assertThat(draft.chapters().get(1).sections()).extracting(SectionDraft::title)
			.containsExactly("建设现代产业体系", "推进城乡融合");
		assertThat(draft.tasks()).extracting(TaskDraft::id).containsExactly("1.1.1", "2.1.1", "2.2.1");
	}

	@Test
	void theSeedNamesTheCollectiveOfItsNineCitiesFromTheGazetteerNotFromCode() {
		TaskDraft task = NoticeFixtures.parseSeed()
			.tasks()
			.filter(t -> t.id().equals("5.1.1"))
			.findFirst()
			.orElseThrow();
		assertThat(task.responsible().get(2).expandsTo()).containsExactly("长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "通化市政府",
				"白山市政府", "松原市政府", "白城市政府", "延边州政府");
	}

	@Test
	void severalTasksInOneParagraphEachWithItsOwnClause() {
		List<TaskDraft> tasks = NoticeFixtures.parseSeed().tasks().filter(t -> t.line() == 180).toList();
		assertThat(tasks).extracting(TaskDraft::id).containsExactly("5.4.1", "5.4.2");
		assertThat(tasks.get(1).text()).startsWith("把以长吉为核心");
	}

	@Test
	void aParagraphThatLooksLikeATaskButHasNoClauseIsWarnedAboutWithItsLine() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）建设现代产业体系。
				1.做强汽车产业。
				推进整车扩能。（市工业和信息化局牵头）
				加快发展新能源汽车，建设充换电设施。
				""");
		assertThat(NoticeFixtures.lineWarnings(draft)).extracting(ParseWarning::line, ParseWarning::code)
			.containsExactly(tuple(4, ParseWarning.TASK_WITHOUT_CLAUSE));
		assertThat(draft.chapters().get(0).sections().get(0).notes()).extracting(NoteDraft::text)
			.containsExactly("加快发展新能源汽车，建设充换电设施。");
	}

	@Test
	void textAfterTheLastClauseIsWarnedAbout() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作。
				推进整车扩能。（市工业和信息化局牵头）加快新能源汽车推广。
				""");
		assertThat(NoticeFixtures.lineWarnings(draft)).extracting(ParseWarning::line, ParseWarning::code)
			.containsExactly(tuple(2, ParseWarning.TEXT_AFTER_CLAUSE));
	}

	/**
	 * The State Council's yearly division of the government work report: parts, topics,
	 * continuously numbered items, and a completion time limit in every clause.
	 */
	private static final String WORK_REPORT = """
			国务院关于落实《政府工作报告》重点工作部门分工的意见
			国发〔2020〕6号
			各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
			　　为全面贯彻党的十九大精神，做好今年政府工作，现就《政府工作报告》确定的重点工作，提出部门分工意见如下：
			　　一、落实2020年发展主要目标和下一阶段工作总体部署
			　　（一）总体要求和主要预期目标。
			　　1.坚持稳中求进工作总基调，确保完成决战决胜脱贫攻坚目标任务。（国务院各部门分别负责，年内持续推进）
			　　2.优先稳就业保民生，城镇新增就业900万人以上。（国家发展改革委、财政部、人力资源社会保障部、国家统计局等按职责分工负责，年内持续推进）
			　　二、加大宏观政策实施力度，着力稳就业保民生促消费
			　　（二）积极的财政政策要更加积极有为。
			　　3.今年赤字率拟按3.6%以上安排，同时发行1万亿元抗疫特别国债。（财政部牵头，国家发展改革委、人民银行等按职责分工负责，6月底前出台相关政策并持续推进）
			　　4.强化税收征管，严禁收过头税费。（税务总局牵头，财政部、市场监管总局按职责分工负责，年内持续推进）
			　　（三）稳健的货币政策要更加灵活适度。
			　　5.综合运用降准降息、再贷款等手段。（人民银行牵头，银保监会、证监会等按职责分工负责，年内持续推进）
			　　国务院
			　　2020年6月1日
			""";

	@Test
	void stateCouncilDivisionOfTheYearsWorkReportWithTimeLimits() {
		NoticeDraft draft = NoticeFixtures.parse(WORK_REPORT);
		assertThat(draft.issuer()).isEqualTo("国务院");
		assertThat(draft.documentNumber()).isEqualTo("国发〔2020〕6号");
		assertThat(draft.addressees()).containsExactly("各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构");
		assertThat(draft.plan().title()).isEqualTo("政府工作报告");
		assertThat(draft.plan().startYear()).isEqualTo(2020);
		assertThat(draft.plan().endYear()).isEqualTo(2020);
		assertThat(draft.chapters()).extracting(ChapterDraft::title)
			.containsExactly("落实2020年发展主要目标和下一阶段工作总体部署", "加大宏观政策实施力度，着力稳就业保民生促消费");
		assertThat(draft.tasks().toList())
			.extracting(TaskDraft::line, TaskDraft::mode, TaskDraft::lead, TaskDraft::timeLimit)
			.containsExactly(tuple(7, ResponsibilityMode.RESPONSIBLE, "国务院各部门", "年内持续推进"),
					tuple(8, ResponsibilityMode.BY_DUTY, null, "年内持续推进"),
					tuple(11, ResponsibilityMode.LEAD, "财政部", "6月底前出台相关政策并持续推进"),
					tuple(12, ResponsibilityMode.LEAD, "税务总局", "年内持续推进"),
					tuple(14, ResponsibilityMode.LEAD, "人民银行", "年内持续推进"));
		assertThat(draft.tasks().toList().get(2).responsibleNames()).containsExactly("财政部", "国家发展改革委", "人民银行");
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void aSinglePartWhoseNumberedItemsAreTasksIsOneChapter() {
		NoticeDraft draft = NoticeFixtures.parse("""
				某省人民政府关于落实《政府工作报告》重点工作任务分工的通知
				一、扎实做好“六稳”“六保”工作
				1.地区生产总值增长7%左右。（省发展改革委牵头，省统计局等按职责分工负责，年内持续推进）
				2.新增城镇就业50万人以上。（责任单位：省人力资源社会保障厅；完成时限：2021年12月底前）
				二、工作要求
				各责任单位要于每年12月10日前将全年工作完成情况报送省政府督查室。
				某省人民政府
				2021年3月20日
				""");
		assertThat(draft.plan().startYear()).isEqualTo(2021);
		assertThat(draft.chapters()).extracting(ChapterDraft::title).containsExactly("扎实做好“六稳”“六保”工作");
		assertThat(draft.tasks().toList()).extracting(TaskDraft::id, TaskDraft::lead)
			.containsExactly(tuple("1.1.1", "省发展改革委"), tuple("1.2.1", "省人力资源社会保障厅"));
		assertThat(draft.reporting().deadline()).isEqualTo(MonthDay.of(12, 10));
		assertThat(draft.workRequirements()).hasSize(1);
	}

	@Test
	void reportingRulesWordedInOtherWays() {
		assertThat(reportingOf("各责任单位要于每年年底前将工作进展情况报送省政府"))
			.isEqualTo(List.of("--12-31", "yearly", "各责任单位", "工作进展情况", "省政府"));
		assertThat(reportingOf("各牵头单位每年1月15日前向省政府报送上一年度任务落实情况"))
			.isEqualTo(List.of("--01-15", "yearly", "各牵头单位", "上一年度任务落实情况", "省政府"));
		assertThat(reportingOf("请各单位于每年12月底前将落实情况书面报送市政府办公室"))
			.isEqualTo(List.of("--12-31", "yearly", "各单位", "落实情况", "市政府办公室"));
		assertThat(reportingOf("各地区、各部门要于每季度末将进展情况报国务院办公厅"))
			.isEqualTo(List.of("-", "quarterly", "各地区、各部门", "进展情况", "国务院办公厅"));
		assertThat(reportingOf("各牵头部门每半年向省政府报送一次进展情况")).isEqualTo(List.of("-", "half-yearly", "各牵头部门", "进展情况", "省政府"));
	}

	private static List<String> reportingOf(String requirement) {
		ReportingRule rule = NoticeFixtures.parse("（一）推进重点工作。\n推进数字政府建设。（省发展改革委负责）\n二、工作要求\n" + requirement + "。\n")
			.reporting();
		return List.of(rule.deadline() == null ? "-" : rule.deadline().toString(), rule.frequency(), rule.who(),
				rule.what(), rule.to());
	}

}
