package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.NoteDraft;
import org.luoshi.notice.NoticeMessage;
import org.luoshi.notice.ParseWarning;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.notice.TaskDraft;

/**
 * Cuts the paragraphs of one chapter or section into tasks — each closed by its clause,
 * several per paragraph where the notice writes them so — and decides each task's mode
 * and lead, adding the organisations of the standing rules earlier clauses stated.
 * Paragraphs without a clause become notes.
 */
final class TaskReader {

	private final OrganisationClassifier classifier;

	private final Warnings warnings;

	private boolean leadRuleInForce;

	/** Rules earlier clauses stated for the tasks after them, with where they hold. */
	private final List<RuleInForce> standingRules = new ArrayList<>();

	/** A standing rule and the ids of the tasks it holds for: those starting so. */
	private record RuleInForce(StandingRule rule, String idPrefix) {
	}

	TaskReader(OrganisationClassifier classifier, boolean leadRuleStatedOutsideClauses, Warnings warnings) {
		this.classifier = classifier;
		this.leadRuleInForce = leadRuleStatedOutsideClauses;
		this.warnings = warnings;
	}

	/** Tasks and notes of a run of paragraphs; {@code idPrefix} is "chapter.section." */
	Result read(List<Paragraph> paragraphs, String idPrefix, boolean warnAboutNotes) {
		List<TaskDraft> tasks = new ArrayList<>();
		List<NoteDraft> notes = new ArrayList<>();
		List<Paragraph> unclaimed = new ArrayList<>();
		for (Paragraph p : paragraphs) {
			if (!p.hasClauses()) {
				unclaimed.add(p);
				continue;
			}
			String t = p.compared();
			int from = p.contentStart();
			for (ClauseFinder.Found found : p.clauses) {
				int start = skipMarker(t, skipPunctuation(t, from), found.open());
				String text = p.text.originalOf(start, found.open());
				int line = p.line;
				if (text.isEmpty() && !unclaimed.isEmpty()) {
					// a clause standing alone closes the paragraph before it
					Paragraph previous = unclaimed.remove(unclaimed.size() - 1);
					text = previous.text.originalFrom(previous.contentStart());
					line = previous.line;
				}
				String clauseText = p.text.originalOf(found.open(), found.close());
				if (text.isEmpty()) {
					warnings.add(new ParseWarning(p.line, ParseWarning.CLAUSE_UNREADABLE,
							"notice.warning.clause-unreadable.no-task", clauseText));
				}
				tasks.add(task(idPrefix + (tasks.size() + 1), text, clauseText, found.clause(), line));
				from = found.close();
			}
			int rest = skipPunctuation(t, from);
			if (rest < t.length()) {
				warnings.add(new ParseWarning(p.line, ParseWarning.TEXT_AFTER_CLAUSE,
						"notice.warning.text-after-clause", abbreviate(p.text.originalFrom(rest))));
			}
			flushNotes(unclaimed, notes, warnAboutNotes);
		}
		flushNotes(unclaimed, notes, warnAboutNotes);
		return new Result(tasks, notes);
	}

	record Result(List<TaskDraft> tasks, List<NoteDraft> notes) {
	}

	private void flushNotes(List<Paragraph> unclaimed, List<NoteDraft> notes, boolean warn) {
		for (Paragraph p : unclaimed) {
			String text = p.text.originalFrom(p.contentStart());
			notes.add(new NoteDraft(text, p.line));
			if (warn) {
				warnings.add(new ParseWarning(p.line, ParseWarning.TASK_WITHOUT_CLAUSE,
						"notice.warning.task-without-clause.paragraph", abbreviate(text)));
			}
		}
		unclaimed.clear();
	}

	private TaskDraft task(String id, String text, String clauseText, Clause clause, int line) {
		if (clause.statesLeadRule()) {
			leadRuleInForce = true;
		}
		for (NoticeMessage problem : clause.problems()) {
			warnings.add(new ParseWarning(line, ParseWarning.CLAUSE_UNREADABLE, "notice.warning.clause-unreadable",
					clauseText, problem));
		}
		List<Clause.Named> named = distinct(clause.organisations());
		ResponsibilityMode mode = mode(clause, named);
		String lead = lead(mode, clause, named);
		List<ResponsibleOrganisation> responsible = new ArrayList<>(named.size());
		for (Clause.Named n : named) {
			ResponsibilityRole role = n.name().equals(lead) ? ResponsibilityRole.LEAD : n.role();
			responsible.add(classifier.classify(n.name(), role, n.written()));
		}
		addStandingRules(id, responsible);
		if (clause.standingRule() != null) {
			standingRules.add(new RuleInForce(clause.standingRule(), scopePrefix(id, clause.standingRule().scope())));
		}
		return new TaskDraft(id, text, clauseText, mode, responsible, lead, clause.openEnded(), line,
				clause.timeLimit());
	}

	/**
	 * The organisations the rules in force add to a task, after those its clause names:
	 * they take no part in deciding its mode or lead.
	 */
	private void addStandingRules(String id, List<ResponsibleOrganisation> responsible) {
		for (RuleInForce inForce : standingRules) {
			if (!id.startsWith(inForce.idPrefix())) {
				continue;
			}
			for (Clause.Named n : inForce.rule().organisations()) {
				if (responsible.stream().noneMatch(o -> o.name().equals(n.name()))) {
					responsible.add(classifier.classify(n.name(), n.role(), n.written()).carriedByRule());
				}
			}
		}
	}

	/**
	 * 3.2.1 → "" for the rest of the division, "3." for its chapter, "3.2." for its
	 * section.
	 */
	private static String scopePrefix(String id, StandingRule.Scope scope) {
		return switch (scope) {
			case DIVISION -> "";
			case CHAPTER -> id.substring(0, id.indexOf('.') + 1);
			case SECTION -> id.substring(0, id.lastIndexOf('.') + 1);
		};
	}

	private static ResponsibilityMode mode(Clause clause, List<Clause.Named> named) {
		if (clause.hasExplicitLead()) {
			return ResponsibilityMode.LEAD;
		}
		return named.get(0).role() == ResponsibilityRole.BY_DUTY ? ResponsibilityMode.BY_DUTY
				: ResponsibilityMode.RESPONSIBLE;
	}

	private String lead(ResponsibilityMode mode, Clause clause, List<Clause.Named> named) {
		if (mode == ResponsibilityMode.BY_DUTY) {
			return null;
		}
		ResponsibilityRole leading = mode == ResponsibilityMode.LEAD ? ResponsibilityRole.LEAD
				: ResponsibilityRole.RESPONSIBLE;
		String first = null;
		int answering = 0;
		for (Clause.Named n : named) {
			if (n.role() == leading) {
				first = first == null ? n.name() : first;
				answering++;
			}
		}
		if (mode == ResponsibilityMode.LEAD || first == null) {
			return first;
		}
		// one organisation answering alone leads; several lead by the notice's
		// first-listed rule, or when one of them convenes the others (X会同Y负责)
		return answering == 1 || leadRuleInForce || clause.convened() ? first : null;
	}

	private static List<Clause.Named> distinct(List<Clause.Named> named) {
		if (named.size() < 2) {
			return named;
		}
		Map<String, Clause.Named> byName = new LinkedHashMap<>();
		for (Clause.Named n : named) {
			byName.putIfAbsent(n.name(), n);
		}
		return List.copyOf(byName.values());
	}

	/**
	 * ①建设…（X负责）②发展…（Y负责）: the numbering of a later task in the paragraph is not its text.
	 */
	private static int skipMarker(String t, int start, int end) {
		if (start == 0 || start >= end) {
			return start;
		}
		Marker marker = MarkerReader.read(t.substring(start, Math.min(end, start + 8)));
		return marker == null || marker.weak() ? start : skipPunctuation(t, start + marker.end());
	}

	private static int skipPunctuation(String t, int from) {
		int i = from;
		while (i < t.length() && ClauseReader.isPunctuation(t.charAt(i))) {
			i++;
		}
		return i;
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
