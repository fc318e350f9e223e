package org.luoshi.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Vocabulary;
import org.luoshi.common.ComparedText;

/**
 * How far a task got in the year, as the office counts it; known by its code and by the
 * words the offices write.
 */
@Vocabulary("the words reporters write for a task's status, read from their files and forms")
public enum EntryStatus {

	NOT_STARTED("not-started", "未启动", "尚未启动"), IN_PROGRESS("in-progress", "推进中", "进行中", "正在推进"),
	COMPLETED("completed", "已完成", "完成"), LAGGING("lagging", "滞后", "进度滞后"), BLOCKED("blocked", "受阻", "遇阻");

	private final String code;

	private final List<String> words;

	EntryStatus(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** The status with this code or word, compared after normalisation. */
	public static Optional<EntryStatus> find(String text) {
		String compared = ComparedText.of(text).toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.code.equals(compared) || s.words.contains(compared)).findFirst();
	}

	/**
	 * @throws DraftRefusal.UnknownEntryStatus for a text that names none
	 */
	public static EntryStatus of(String text) {
		return find(text).orElseThrow(() -> new DraftRefusal.UnknownEntryStatus(text));
	}

}
