package org.luoshi.implementation;

import java.time.LocalDate;
import java.util.List;

/**
 * Who has filed an implementation plan for a plan and who has not, by the office's
 * deadline: the organisations still missing first.
 *
 * @param deadline the office's filing deadline; null until it sets one
 */
public record FilingStatus(long planId, String planTitle, LocalDate deadline, List<FilingRow> rows) {

	public FilingStatus {
		rows = List.copyOf(rows);
	}

	public long filedCount() {
		return this.rows.stream().filter(FilingRow::filed).count();
	}

	public List<FilingRow> missing() {
		return this.rows.stream().filter((r) -> !r.filed()).toList();
	}

}
