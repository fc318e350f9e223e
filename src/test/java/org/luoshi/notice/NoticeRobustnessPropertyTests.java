package org.luoshi.notice;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever is done to a notice, the importer either reads it or refuses it with its own
 * checked error — never another exception, never a hang — and stays linear on large
 * pathological inputs.
 */
class NoticeRobustnessPropertyTests {

	private static final String SEED = NoticeFixtures.seedText();

	private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
		.getThreadMXBean();

	/**
	 * Pieces that stress the grammar: brackets, role words, numbering, odd characters.
	 */
	private static final List<String> TOKENS = List.of("（", "）", "(", ")", "牵头", "负责", "按职责分工负责", "参与", "、", "和", "等",
			"政府", "各市（州）", "。", "，", "\n", "\n\n", "一、", "（一）", "1.", "１", "\uE010", "①", "⑴", "列第一位者为牵头部门，下同", "牵头单位：",
			"到2015年", "达到", "降低16％", "二○一一年十二月二十七日", "\u0000", "\uFFFD", "\t", "《", "》", "\u3000", "𠀀", "省发展改革委",
			"会同有关部门", "第一部分", "第三章", ":", "：", "，年内持续推进", "完成时限：", "【", "】", "责任领导：");

	private record Mutation(int kind, int position, int length, String token) {
	}

	@Property(tries = 400)
	void mutatedSeedIsReadOrRefusedButNeverBreaksTheImporter(@ForAll("mutations") List<Mutation> mutations) {
		String text = SEED;
		for (Mutation m : mutations) {
			text = apply(text, m);
		}
		String mutated = text;
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			try {
				NoticeDraft draft = NoticeParser.parse(NoticeText.of(mutated));
				assertReadable(draft, mutated.split("\n", -1).length);
			}
			catch (NoticeFormatException refused) {
				assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
			}
		});
	}

	@Property(tries = 200)
	void arbitraryTextIsReadOrRefusedButNeverBreaksTheImporter(@ForAll("noise") String text) {
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			try {
				NoticeDraft draft = NoticeParser.parse(NoticeText.of(text));
				assertReadable(draft, text.split("\n", -1).length + 1);
			}
			catch (NoticeFormatException refused) {
				assertThat(refused.getMessage()).isNotBlank();
			}
		});
	}

	@Example
	void fiveMegabytesOfPathologicalTextParseInUnderASecond() {
		List<String> inputs = List.of(repeat("（", 5), repeat("（省发展改革委负责）", 5), nested(5), repeat("（省发展改革委、", 5),
				repeat("1.", 5), repeat("达到1", 5), repeat("和省财政厅", 5) + "（省财政厅负责）",
				repeat("加快推进长吉一体化进程。（省发展改革委、省住房城乡建设厅和长春市、吉林市政府负责）\n", 5), repeat("\n", 5),
				repeat("（省财政厅负责，2021年底前完成，", 5), repeat("【责任领导：张三；牵头单位：省财政厅；", 5));
		// the first run of each pays for class loading and compilation, which is not what
		// is measured here
		for (String input : inputs) {
			parseQuietly(input.substring(0, Math.min(input.length(), 200_000)));
		}
		for (String input : inputs) {
			// the parsing thread's user CPU time, best of three: what is checked is the
			// parser's own work (no backtracking blow-up), not how busy other processes
			// keep the cores nor the kernel's page faults while the heap grows
			long millis = Long.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				long started = CPU.getCurrentThreadUserTime();
				parseQuietly(input);
				millis = Math.min(millis, (CPU.getCurrentThreadUserTime() - started) / 1_000_000);
			}
			assertThat(millis).as("parse of 5 MB starting %s", input.substring(0, 10)).isLessThan(1000);
		}
	}

	private static void parseQuietly(String text) {
		try {
			NoticeParser.parse(NoticeText.of(text));
		}
		catch (NoticeFormatException refused) {
			// refusing is a correct answer; only time and the absence of other exceptions
			// matter here
		}
	}

	/** Approximately {@code megabytes} MB of UTF-8 made of one piece repeated. */
	private static String repeat(String piece, int megabytes) {
		int bytes = piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		return piece.repeat(megabytes * 1024 * 1024 / bytes);
	}

	private static String nested(int megabytes) {
		String block = "（".repeat(500) + "省财政厅负责" + "）".repeat(500);
		return repeat(block, megabytes);
	}

	private static void assertReadable(NoticeDraft draft, int lines) {
		Set<String> ids = new HashSet<>();
		draft.tasks().forEach(task -> {
			assertThat(ids.add(task.id())).as("task ids are unique: %s", task.id()).isTrue();
			assertThat(task.responsible()).isNotEmpty();
			assertThat(task.line()).isBetween(1, lines);
			assertThat(task.lead() == null || task.responsibleNames().contains(task.lead())).isTrue();
		});
		draft.warnings().forEach(w -> assertThat(w.line()).isBetween(1, lines));
	}

	private static String apply(String text, Mutation m) {
		int at = text.isEmpty() ? 0 : m.position() % (text.length() + 1);
		int end = Math.min(text.length(), at + m.length());
		return switch (m.kind()) {
			case 0 -> text.substring(0, at) + text.substring(end);
			case 1 -> text.substring(0, at) + m.token() + text.substring(at);
			case 2 -> text.substring(0, at) + m.token() + text.substring(end);
			case 3 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
			default -> text.substring(0, at);
		};
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		Arbitrary<Mutation> one = Combinators
			.combine(Arbitraries.integers().between(0, 4).edgeCases(e -> e.add(1)),
					Arbitraries.integers().between(0, SEED.length()), Arbitraries.integers().between(0, 400),
					Arbitraries.of(TOKENS))
			.as(Mutation::new);
		return one.list().ofMinSize(1).ofMaxSize(12);
	}

	@Provide
	Arbitrary<String> noise() {
		Arbitrary<String> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(200).map(l -> String.join("", l));
		Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(300);
		return Arbitraries.oneOf(tokens, chars);
	}

}
