package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;

/**
 * Finds, in the tree of headings, the level that divides the tasks into chapters, and the
 * parts around it: the principles before and the work requirements after. The chapter
 * level is the first level at which the tasks fall into more than one heading — 一、 parts
 * for a notice whose parts are the chapters, （一） inside the one part that holds all tasks
 * for a notice shaped like the seed.
 */
@Vocabulary("the headings that open a notice's principles and work requirements (原则, 要求, 保障措施), which the parser reads")
record Division(List<Node> chapters, List<Node> principles, List<Node> workRequirements) {

	static Division of(Node root) {
		List<Node> principles = new ArrayList<>();
		List<Node> requirements = new ArrayList<>();
		Node container = root;
		while (!container.hasOwnTasks()) {
			List<Node> withTasks = container.children.stream().filter(Node::hasTasks).toList();
			if (withTasks.size() != 1 || withTasks.get(0).hasOwnTasks() && !withTasks.get(0).children.isEmpty()
					|| withTasks.get(0).children.stream().noneMatch(Node::hasTasks)
					|| withTasks.get(0).holdsOnlyTaskItems()) {
				// a part whose numbered items are each a task is a chapter, not a part of
				// chapters
				break;
			}
			Node only = withTasks.get(0);
			if (only.type != Marker.Type.PART && only.type != Marker.Type.ARTICLE_PART) {
				// a single chapter stays a chapter; only a part that holds every chapter
				// is looked into
				break;
			}
			sortAround(container.children, only, only, principles, requirements);
			container = only;
		}
		if (container.hasOwnTasks() && container.children.stream().noneMatch(Node::hasTasks)
				|| container.parent == null && container.holdsOnlyTaskItems()) {
			// no heading divides the tasks: the container itself is the only chapter
			return new Division(List.of(container), principles, requirements);
		}
		List<Node> children = container.children;
		int first = -1;
		int last = -1;
		for (int i = 0; i < children.size(); i++) {
			if (children.get(i).hasTasks()) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		if (first < 0) {
			return new Division(List.of(), principles, requirements);
		}
		sortAround(children, children.get(first), children.get(last), principles, requirements);
		List<Node> chapters = new ArrayList<>(children.subList(first, last + 1));
		if (container.hasOwnTasks()) {
			// tasks written before the first chapter heading form a chapter of their own
			chapters.add(0, container);
			container.children.clear();
		}
		return new Division(chapters, principles, requirements);
	}

	/**
	 * Headings before the task-bearing ones are principles or requirements by their
	 * titles; after them, requirements.
	 */
	private static void sortAround(List<Node> siblings, Node first, Node last, List<Node> principles,
			List<Node> requirements) {
		int from = siblings.indexOf(first);
		int to = siblings.indexOf(last);
		for (int i = 0; i < siblings.size(); i++) {
			Node node = siblings.get(i);
			String title = node.comparedTitle();
			if (i < from) {
				if (title.contains("原则")) {
					principles.add(node);
				}
				else if (title.contains("要求") || title.contains("保障") || title.contains("措施")) {
					requirements.add(node);
				}
			}
			else if (i > to) {
				requirements.add(node);
			}
		}
	}

}
