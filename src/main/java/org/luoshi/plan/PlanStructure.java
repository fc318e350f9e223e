package org.luoshi.plan;

import java.util.List;

/**
 * A plan's chapters and sections as the notice numbers them, without tasks: the skeleton
 * that the plan tree, the division spreadsheet and the matrix hang tasks on.
 *
 * @param planId the plan
 * @param chapters its chapters in order
 */
public record PlanStructure(long planId, List<Chapter> chapters) {

	public PlanStructure {
		chapters = List.copyOf(chapters);
	}

	/**
	 * A chapter: its number, the label as written (（二）), its title and source line, and
	 * its sections.
	 */
	public record Chapter(int number, String label, String title, Integer line, List<Section> sections) {

		public Chapter {
			sections = List.copyOf(sections);
		}

	}

	/**
	 * A section: its number within the chapter, the label as written (1.), its title and
	 * source line.
	 */
	public record Section(int number, String label, String title, Integer line) {
	}

}
