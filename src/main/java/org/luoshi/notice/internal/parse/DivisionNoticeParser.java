package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.NumberedParagraph;
import org.luoshi.notice.ParseWarning;
import org.luoshi.notice.PlanOutline;
import org.luoshi.notice.SectionDraft;

/**
 * Parses the text of a division notice into a {@link NoticeDraft}: paragraphs → tree of
 * numbered headings → chapters, sections and tasks, then the indicators and the work
 * requirements. Plain Java, one pass per step, linear in the size of the text.
 */
public final class DivisionNoticeParser {

	private DivisionNoticeParser() {
	}

	public static NoticeDraft parse(NoticeText notice) throws NoticeFormatException {
		List<Paragraph> paragraphs = paragraphs(notice);
		if (paragraphs.isEmpty()) {
			throw new NoticeFormatException("empty-notice");
		}
		if (paragraphs.stream().noneMatch(Paragraph::hasClauses)) {
			throw new NoticeFormatException("no-clause");
		}
		Warnings warnings = new Warnings();
		HeaderReader.Closing closing = HeaderReader.closing(paragraphs);
		Node root = new OutlineBuilder(warnings)
			.build(paragraphs.stream().filter(p -> !closing.isClosingLine(p)).toList());

		String noticeTitle = HeaderReader.title(paragraphs);
		PlanOutline plan = HeaderReader.plan(paragraphs, closing.date());
		String issuer = closing.issuer() != null ? closing.issuer()
				: HeaderReader.inferIssuer(noticeTitle, plan.title(), paragraphs);
		OrganisationClassifier classifier = new OrganisationClassifier(Jurisdiction.of(issuer));

		Division division = Division.of(root);
		TaskReader tasks = new TaskReader(classifier, leadRuleOutsideClauses(paragraphs), warnings);
		List<ChapterDraft> chapters = chapters(division.chapters(), tasks, warnings);

		List<Paragraph> requirementParagraphs = new ArrayList<>();
		division.workRequirements().forEach(n -> n.collect(requirementParagraphs));
		List<Paragraph> withoutClauses = paragraphs.stream().filter(p -> !p.hasClauses()).toList();
		List<Paragraph> ruleSources = requirementParagraphs.isEmpty() ? withoutClauses : requirementParagraphs;

		if (plan.startYear() == null) {
			warnings.add(new ParseWarning(1, ParseWarning.NO_PLAN_PERIOD, "notice.warning.no-plan-period"));
		}
		NoticeTargets targets = NoticeTargets.of(chapters, plan.endYear());
		return new NoticeDraft(noticeTitle, HeaderReader.documentNumber(paragraphs), issuer, closing.date(), plan,
				HeaderReader.addressees(paragraphs), numbered(division.principles()), chapters,
				numbered(division.workRequirements()), targets.binding(), targets.expected(),
				RequirementReader.decomposition(withoutClauses), RequirementReader.reporting(ruleSources),
				RequirementReader.evaluation(ruleSources, plan.startYear(), plan.endYear()), warnings.toList());
	}

	private static List<Paragraph> paragraphs(NoticeText notice) {
		List<Paragraph> out = new ArrayList<>();
		ClauseFinder clauses = new ClauseFinder();
		for (DivisionTable.Line line : DivisionTable.read(HardWraps.join(notice.lines()))) {
			if (!line.text().isBlank()) {
				Paragraph paragraph = Paragraph.of(line.number(), line.text(), clauses);
				if (!paragraph.compared().isEmpty()) {
					out.add(paragraph);
				}
			}
		}
		return out;
	}

	/**
	 * A lead rule stated in the notice's own words, outside any clause, holds for every
	 * task.
	 */
	private static boolean leadRuleOutsideClauses(List<Paragraph> paragraphs) {
		for (Paragraph p : paragraphs) {
			String t = p.compared();
			if (t.indexOf(LeadRule.LEAD) < 0) {
				// every wording of the rule names the lead: most paragraphs are passed at
				// once
				continue;
			}
			StringBuilder outside = new StringBuilder(t.length());
			int from = 0;
			for (ClauseFinder.Found f : p.clauses) {
				outside.append(t, from, f.open()).append('|');
				from = f.close();
			}
			outside.append(t, from, t.length());
			if (LeadRule.isStatedIn(outside.toString())) {
				return true;
			}
		}
		return false;
	}

	private static List<ChapterDraft> chapters(List<Node> nodes, TaskReader reader, Warnings warnings) {
		List<ChapterDraft> chapters = new ArrayList<>();
		for (Node node : nodes) {
			int number = chapters.size() + 1;
			boolean hasSections = !node.children.isEmpty();
			TaskReader.Result own = reader.read(node.contentParagraphs(), number + ".0.", hasSections);
			List<SectionDraft> sections = new ArrayList<>();
			for (Node child : node.children) {
				int sectionNumber = sections.size() + 1;
				List<Paragraph> content = new ArrayList<>();
				child.collect(content);
				TaskReader.Result result = reader.read(content, number + "." + sectionNumber + ".", true);
				if (result.tasks().isEmpty() && node.hasTasks()) {
					warnings.add(new ParseWarning(child.line(), ParseWarning.TASK_WITHOUT_CLAUSE,
							"notice.warning.task-without-clause.section", child.label + child.title()));
				}
				sections.add(new SectionDraft(sectionNumber, child.label, child.title(), child.line(), result.tasks(),
						result.notes()));
			}
			chapters.add(new ChapterDraft(number, node.label, node.title(), node.line(), own.tasks(), sections,
					own.notes()));
		}
		return chapters;
	}

	private static List<NumberedParagraph> numbered(List<Node> nodes) {
		List<NumberedParagraph> out = new ArrayList<>();
		for (Node node : nodes) {
			if (node.children.isEmpty()) {
				for (Paragraph p : node.body) {
					out.add(new NumberedParagraph(out.size() + 1, "", p.text.originalFrom(p.contentStart()), p.line));
				}
				continue;
			}
			for (Node child : node.children) {
				StringBuilder text = new StringBuilder(Headings.body(child.heading));
				List<Paragraph> below = new ArrayList<>(child.body);
				for (Node grandchild : child.children) {
					grandchild.collect(below);
				}
				for (Paragraph p : below) {
					text.append(p.text.original().strip());
				}
				out.add(new NumberedParagraph(out.size() + 1, child.title(), text.toString(), child.line()));
			}
		}
		return out;
	}

}
