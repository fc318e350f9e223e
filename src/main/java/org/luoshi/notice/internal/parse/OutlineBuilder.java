package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.notice.ParseWarning;

/**
 * Builds the notice's tree of headings. The numbering schemes nest in whatever order the
 * notice uses them: a scheme already open higher up closes everything below it (the next
 * （二） ends section 3 of （一）); a scheme not yet open starts a lower level. So
 * 一、/（一）/1./（1）/① and notices that skip a level all come out right.
 */
final class OutlineBuilder {

	/**
	 * Headings are short; a long paragraph opening with a bare number is text that starts
	 * with a figure.
	 */
	private static final int WEAK_HEADING_MAX_LENGTH = 40;

	private final Warnings warnings;

	/**
	 * The last number seen per scheme: the State Council numbers its items on across
	 * parts (一、1. 2. 二、3.).
	 */
	private final java.util.Map<Marker.Type, Integer> lastNumber = new java.util.EnumMap<>(Marker.Type.class);

	OutlineBuilder(Warnings warnings) {
		this.warnings = warnings;
	}

	Node build(List<Paragraph> paragraphs) {
		Node root = Node.root();
		List<Node> stack = new ArrayList<>();
		stack.add(root);
		for (Paragraph p : paragraphs) {
			Marker marker = p.marker;
			if (marker != null && marker.weak() && !acceptWeak(p, stack)) {
				p.marker = null;
				marker = null;
			}
			if (marker == null) {
				stack.get(stack.size() - 1).body.add(p);
				continue;
			}
			int open = indexOf(stack, marker.type());
			if (open > 0) {
				checkSequence(stack.get(open), p);
				while (stack.size() > open) {
					stack.remove(stack.size() - 1);
				}
			}
			else if (marker.number() != 1 && lastNumber.getOrDefault(marker.type(), 0) != marker.number() - 1) {
				warnings.add(new ParseWarning(p.line, ParseWarning.NUMBERING, "notice.warning.numbering.first-missing",
						label(p)));
			}
			lastNumber.put(marker.type(), marker.number());
			Node parent = stack.get(stack.size() - 1);
			Node node = new Node(marker.type(), marker.number(), label(p), p, parent);
			parent.children.add(node);
			stack.add(node);
		}
		return root;
	}

	private boolean acceptWeak(Paragraph p, List<Node> stack) {
		if (p.compared().length() > WEAK_HEADING_MAX_LENGTH && !p.hasClauses()) {
			return false;
		}
		int open = indexOf(stack, p.marker.type());
		int expected = open > 0 ? stack.get(open).number + 1 : 1;
		return p.marker.number() == expected;
	}

	private void checkSequence(Node previous, Paragraph p) {
		int number = p.marker.number();
		if (number != previous.number + 1 && number != 1) {
			warnings.add(new ParseWarning(p.line, ParseWarning.NUMBERING, "notice.warning.numbering.gap", label(p),
					previous.label));
		}
	}

	private static int indexOf(List<Node> stack, Marker.Type type) {
		for (int i = stack.size() - 1; i > 0; i--) {
			if (stack.get(i).type == type) {
				return i;
			}
		}
		return -1;
	}

	private static String label(Paragraph p) {
		return p.text.originalOf(0, p.marker.end());
	}

}
