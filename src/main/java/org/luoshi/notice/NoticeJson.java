package org.luoshi.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.internal.parse.JsonWriter;

/**
 * The importer's JSON output, in the shape of the hand-checked fixture
 * (src/test/resources/fixtures/README.md): chapters with sections and tasks, binding
 * indicators, the work requirements and the warnings. Texts are given as written in the
 * notice; consumers compare them after NFKC normalisation.
 */
public final class NoticeJson {

	private NoticeJson() {
	}

	public static String write(NoticeDraft draft, String source) {
		return write(draft, source, MessageFiles.CHINESE);
	}

	/**
	 * The draft as JSON, the warnings' messages in the language of {@code words}.
	 */
	public static String write(NoticeDraft draft, String source, MessageFiles words) {
		return JsonWriter.write(tree(draft, source, words));
	}

	/**
	 * The draft as nested maps and lists, keyed as in the fixture, the warnings' messages
	 * in the language of {@code words}.
	 */
	public static Map<String, Object> tree(NoticeDraft d, String source, MessageFiles words) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("source", source);
		root.put("title", d.title());
		root.put("document_number", d.documentNumber());
		root.put("issuer", d.issuer());
		root.put("date", d.date() == null ? null : d.date().toString());
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", d.plan().title());
		plan.put("short_title", d.plan().shortTitle());
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("start_year", d.plan().startYear());
		period.put("end_year", d.plan().endYear());
		period.put("baseline_year", d.plan().baselineYear());
		plan.put("period", period);
		root.put("plan", plan);
		root.put("addressees", d.addressees());
		root.put("principles", numbered(d.principles()));
		root.put("chapters", d.chapters().stream().map(NoticeJson::chapter).toList());
		root.put("work_requirements", numbered(d.workRequirements()));
		root.put("binding_indicators", d.bindingIndicators().stream().map(NoticeJson::indicator).toList());
		root.put("expected_targets", d.expectedTargets().stream().map(NoticeJson::indicator).toList());
		root.put("binding_indicators_to_localities", decomposition(d.decomposition()));
		root.put("reporting", reporting(d.reporting()));
		root.put("evaluation", d.evaluation().stream().map(NoticeJson::evaluation).toList());
		root.put("warnings", d.warnings().stream().map((w) -> warning(w, words)).toList());
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("chapters", d.chapters().size());
		counts.put("sections", d.sectionCount());
		counts.put("tasks", (int) d.tasks().count());
		counts.put("binding_indicators", d.bindingIndicators().size());
		counts.put("distinct_responsible", d.distinctResponsible().size());
		counts.put("warnings", d.warnings().size());
		root.put("counts", counts);
		return root;
	}

	private static List<Object> numbered(List<NumberedParagraph> paragraphs) {
		List<Object> out = new ArrayList<>();
		for (NumberedParagraph p : paragraphs) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("number", p.number());
			m.put("title", p.title());
			m.put("text", p.text());
			m.put("line", p.line());
			out.add(m);
		}
		return out;
	}

	private static Map<String, Object> chapter(ChapterDraft c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", c.number());
		m.put("label", c.label());
		m.put("title", c.title());
		m.put("line", c.line());
		m.put("sections", c.sections().stream().map(NoticeJson::section).toList());
		m.put("tasks", c.tasks().stream().map(NoticeJson::task).toList());
		m.put("notes", c.notes().stream().map(NoteDraft::text).toList());
		return m;
	}

	private static Map<String, Object> section(SectionDraft s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", s.number());
		m.put("label", s.label());
		m.put("title", s.title());
		m.put("line", s.line());
		m.put("tasks", s.tasks().stream().map(NoticeJson::task).toList());
		if (!s.notes().isEmpty()) {
			m.put("notes", s.notes().stream().map(NoteDraft::text).toList());
		}
		return m;
	}

	private static Map<String, Object> task(TaskDraft t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", t.id());
		m.put("text", t.text());
		m.put("responsibility_clause", t.responsibilityClause());
		m.put("mode", t.mode().code());
		m.put("responsible", t.responsibleNames());
		m.put("lead", t.lead());
		m.put("open_ended", t.openEnded());
		m.put("line", t.line());
		if (t.timeLimit() != null) {
			m.put("time_limit", t.timeLimit());
		}
		List<Object> details = new ArrayList<>();
		for (ResponsibleOrganisation o : t.responsible()) {
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("name", o.name());
			if (o.completed()) {
				d.put("written_as", o.written());
			}
			d.put("role", o.role().code());
			d.put("kind", o.kind());
			if (o.collective()) {
				d.put("collective", true);
				d.put("expands_to", o.expandsTo());
			}
			if (o.fromRule()) {
				d.put("from_rule", true);
			}
			details.add(d);
		}
		m.put("responsible_details", details);
		return m;
	}

	private static Map<String, Object> indicator(IndicatorDraft i) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", i.name());
		m.put("kind", i.kind().code());
		m.put("target", i.target());
		if (i.targetUpper() != null) {
			m.put("target_upper", i.targetUpper());
		}
		m.put("unit", i.unit());
		m.put("target_year", i.targetYear());
		m.put("year_stated", i.yearStated());
		if (i.baselineYear() != null) {
			m.put("baseline_year", i.baselineYear());
		}
		m.put("task_id", i.taskId());
		m.put("responsible", i.responsible());
		m.put("mode", i.mode().code());
		m.put("line", i.line());
		return m;
	}

	private static Map<String, Object> decomposition(DecompositionRule rule) {
		if (rule == null) {
			return null;
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("indicators", rule.indicators());
		m.put("rule", rule.text());
		m.put("line", rule.line());
		return m;
	}

	private static Map<String, Object> reporting(ReportingRule rule) {
		if (rule == null) {
			return null;
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("who", rule.who());
		m.put("what", rule.what());
		m.put("to", rule.to());
		m.put("deadline", rule.deadline() == null ? null : rule.deadline().toString());
		m.put("frequency", rule.frequency());
		if (rule.daysAfterPeriod() != null) {
			m.put("days_after_period", rule.daysAfterPeriod());
		}
		m.put("text", rule.text());
		m.put("line", rule.line());
		return m;
	}

	private static Map<String, Object> evaluation(EvaluationRule rule) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", rule.type());
		m.put("by", rule.by());
		m.put("published", rule.published());
		m.put("year", rule.year());
		m.put("text", rule.text());
		m.put("line", rule.line());
		return m;
	}

	private static Map<String, Object> warning(ParseWarning w, MessageFiles words) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("line", w.line());
		m.put("code", w.code());
		m.put("message", words.text(w.text()));
		return m;
	}

}
