package org.luoshi.reporting.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.reporting.FieldChange;
import org.luoshi.reporting.ReportSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/** Two submitted versions compared field by field. */
class VersionDiffTests {

	private static ReportSnapshot.Entry entry(String code, String status, String done) {
		return new ReportSnapshot.Entry(1, code, "own", status, done, null, null, null, null);
	}

	@Test
	void namesEveryChangedFieldWithItsValueBeforeAndAfter() {
		ReportSnapshot before = new ReportSnapshot(List.of(entry("2.1.5", "in-progress", "建了 10 处")),
				List.of(new ReportSnapshot.Figure(9, "森林覆盖率", "43.1", "%", null)), List.of());
		ReportSnapshot after = new ReportSnapshot(List.of(entry("2.1.5", "completed", "建了 10 处")),
				List.of(new ReportSnapshot.Figure(9, "森林覆盖率", "43.3", "%", "林业统计")),
				List.of(new ReportSnapshot.Attachment(4, "照片.png", 100, "ab12")));
		assertThat(VersionDiff.between(before, after)).containsExactly(
				new FieldChange("entry", "2.1.5", "status", "in-progress", "completed"),
				new FieldChange("figure", "森林覆盖率", "value", "43.1", "43.3"),
				new FieldChange("figure", "森林覆盖率", "source", null, "林业统计"),
				new FieldChange("attachment", "照片.png #4", "file", null, "ab12"));
	}

	@Test
	void theFirstVersionIsComparedWithAnEmptyReportAndAnUnchangedOneHasNoChanges() {
		ReportSnapshot first = new ReportSnapshot(List.of(entry("1.0.1", "completed", "保持 553 万公顷")), List.of(),
				List.of());
		assertThat(VersionDiff.between(null, first)).extracting(FieldChange::field).containsExactly("status", "done");
		assertThat(VersionDiff.between(first, first)).isEmpty();
	}

}
