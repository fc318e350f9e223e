package org.luoshi.indicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of the module's tab-separated data files: lines starting with # are comments,
 * the first other line is the header.
 */
final class DataTable {

	private DataTable() {
	}

	static List<String[]> rows(String resource, int columns) {
		String text;
		try (InputStream in = DataTable.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("data file missing from the build: " + resource);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		List<String[]> rows = new ArrayList<>();
		boolean header = true;
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] fields = Arrays.copyOf(line.split("\t", -1), columns);
			for (int i = 0; i < columns; i++) {
				fields[i] = (fields[i] != null) ? fields[i].strip() : "";
			}
			rows.add(fields);
		}
		return rows;
	}

}
