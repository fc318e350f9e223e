package org.luoshi.notice.internal.parse;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON. The command line
 * prints drafts with it without loading a JSON library, which keeps a parse run well
 * inside its start-up budget.
 */
public final class JsonWriter {

	private JsonWriter() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder(64 * 1024);
		write(value, out, 0);
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, int indent) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String s) {
			string(s, out);
		}
		else if (value instanceof BigDecimal d) {
			out.append(d.stripTrailingZeros().toPlainString());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			object(map, out, indent);
		}
		else if (value instanceof List<?> list) {
			array(list, out, indent);
		}
		else {
			string(value.toString(), out);
		}
	}

	private static void object(Map<?, ?> map, StringBuilder out, int indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append("{\n");
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			pad(out, indent + 1);
			string(String.valueOf(entry.getKey()), out);
			out.append(": ");
			write(entry.getValue(), out, indent + 1);
			out.append(entries.hasNext() ? ",\n" : "\n");
		}
		pad(out, indent);
		out.append('}');
	}

	private static void array(List<?> list, StringBuilder out, int indent) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		boolean simple = list.stream().allMatch(v -> v == null || v instanceof String || v instanceof Number);
		if (simple) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				write(list.get(i), out, indent);
				out.append(i + 1 < list.size() ? ", " : "");
			}
			out.append(']');
			return;
		}
		out.append("[\n");
		for (int i = 0; i < list.size(); i++) {
			pad(out, indent + 1);
			write(list.get(i), out, indent + 1);
			out.append(i + 1 < list.size() ? ",\n" : "\n");
		}
		pad(out, indent);
		out.append(']');
	}

	private static void pad(StringBuilder out, int indent) {
		out.append("  ".repeat(indent));
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
