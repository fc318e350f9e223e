package org.luoshi.notice;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Text copied out of a PDF or a web page arrives broken into lines of one width: the
 * importer joins them back into paragraphs and reads the same tasks as from the notice
 * written one paragraph per line.
 */
class HardWrappedNoticeTests {

	@ParameterizedTest(name = "wrapped at {0} columns")
	@ValueSource(ints = { 40, 60, 70, 80 })
	void theSeedWrappedAtAFixedWidthReadsToTheSameTasks(int columns) {
		NoticeDraft original = NoticeFixtures.parseSeed();
		NoticeDraft wrapped = NoticeFixtures.parse(wrap(NoticeFixtures.seedText(), columns));
		assertThat(wrapped.tasks().map(HardWrappedNoticeTests::essentials).toList())
			.isEqualTo(original.tasks().map(HardWrappedNoticeTests::essentials).toList());
		assertThat(wrapped.bindingIndicators()).hasSameSizeAs(original.bindingIndicators());
		assertThat(wrapped.date()).isEqualTo(original.date());
		assertThat(wrapped.reporting().deadline()).isEqualTo(original.reporting().deadline());
		assertThat(NoticeFixtures.lineWarnings(wrapped)).isEmpty();
	}

	@Test
	void aClauseRunningOnToTheNextLineIsJoinedToItsTask() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作
				1.加快推进长吉一体化进程。（省发展改革委牵头，省财政厅、
				省商务厅配合）
				2.推进数字政府建设。（省政务服务和数字化局负责）
				""");
		assertThat(draft.tasks().toList()).extracting(TaskDraft::line, TaskDraft::text, TaskDraft::responsibleNames)
			.containsExactly(tuple(2, "加快推进长吉一体化进程。", List.of("省发展改革委", "省财政厅", "省商务厅")),
					tuple(4, "推进数字政府建设。", List.of("省政务服务和数字化局")));
		assertThat(NoticeFixtures.lineWarnings(draft)).isEmpty();
	}

	@Test
	void paragraphsOfDifferentLengthsAreNotJoined() {
		NoticeDraft draft = NoticeFixtures.parse("""
				（一）推进重点工作
				加快推进长吉一体化进程，建设长吉产业创新发展示范区。
				推动两市基础设施互联互通。（省发展改革委负责）
				推进数字政府建设。（省政务服务和数字化局负责）
				""");
		assertThat(draft.tasks().toList()).extracting(TaskDraft::text).containsExactly("推动两市基础设施互联互通。", "推进数字政府建设。");
	}

	/** Breaks every line at {@code columns}, a Chinese character taking two. */
	private static String wrap(String text, int columns) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			int width = 0;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				int w = c > 0x2E80 ? 2 : 1;
				if (width + w > columns) {
					out.append('\n');
					width = 0;
				}
				out.append(c);
				width += w;
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static List<Object> essentials(TaskDraft task) {
		return List.of(task.id(), task.text(), String.valueOf(task.lead()), task.responsibleNames());
	}

}
