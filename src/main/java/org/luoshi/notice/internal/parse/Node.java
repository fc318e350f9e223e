package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered heading of the notice with what stands under it: paragraphs, then lower
 * headings.
 */
final class Node {

	final Marker.Type type;

	final int number;

	/** The numbering as written, e.g. （一）. */
	final String label;

	final Paragraph heading;

	final Node parent;

	final List<Paragraph> body = new ArrayList<>();

	final List<Node> children = new ArrayList<>();

	private Boolean hasTasks;

	Node(Marker.Type type, int number, String label, Paragraph heading, Node parent) {
		this.type = type;
		this.number = number;
		this.label = label;
		this.heading = heading;
		this.parent = parent;
	}

	static Node root() {
		return new Node(null, 0, "", null, null);
	}

	int line() {
		return heading == null ? 0 : heading.line;
	}

	/** The heading's first sentence, without numbering and final full stop. */
	String title() {
		return heading == null ? "" : Headings.title(heading);
	}

	String comparedTitle() {
		return Normalized.compare(title());
	}

	/** Whether this heading, its paragraphs or any heading below it closes a task. */
	boolean hasTasks() {
		if (hasTasks == null) {
			hasTasks = (heading != null && heading.hasClauses()) || body.stream().anyMatch(Paragraph::hasClauses)
					|| children.stream().anyMatch(Node::hasTasks);
		}
		return hasTasks;
	}

	/** A numbered task: its heading closes a task and no heading below it has one. */
	boolean isTaskItem() {
		return heading != null && heading.hasClauses() && children.stream().noneMatch(Node::hasTasks);
	}

	/**
	 * Whether every heading with tasks directly below this one is a numbered task
	 * (1.…（X负责） 2.…（Y负责）) rather than a heading of its own tasks.
	 */
	boolean holdsOnlyTaskItems() {
		boolean any = false;
		for (Node child : children) {
			if (child.hasTasks()) {
				if (!child.isTaskItem()) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	boolean hasOwnTasks() {
		return (heading != null && heading.hasClauses()) || body.stream().anyMatch(Paragraph::hasClauses);
	}

	/**
	 * The heading paragraph (when it carries more than a title) followed by the body
	 * paragraphs.
	 */
	List<Paragraph> contentParagraphs() {
		List<Paragraph> all = new ArrayList<>(body.size() + 1);
		// a title followed by a clause alone on its line is the task that clause closes
		if (heading != null && (heading.hasClauses() || Headings.hasBody(heading)
				|| !body.isEmpty() && body.get(0).isClauseAlone())) {
			all.add(heading);
		}
		all.addAll(body);
		return all;
	}

	/** This node's paragraphs and those of every heading below it, in document order. */
	void collect(List<Paragraph> out) {
		out.addAll(contentParagraphs());
		for (Node child : children) {
			child.collect(out);
		}
	}

}
