package org.luoshi.installation.internal.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.luoshi.common.ComparedText;
import org.luoshi.common.Vocabulary;

/**
 * Writes one government's plan as its division notice would have put it in the register:
 * the notice (a short text saying it is synthetic), the plan, chapters and sections
 * shaped like the seed's, and tasks written from the vocabulary, each closed by its
 * responsibility clause and assigned to its organisations. The first chapter holds the
 * binding indicators, as in the seed.
 */
@Vocabulary("the words and numbering of division notices")
final class PlanWriter {

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
			"十五", "十六", "十七", "十八", "十九", "二十" };

	/** What the register holds of a task once written, for the reports. */
	record WrittenTask(long id, String code, long[] organisations, long lead) {
	}

	/**
	 * The plan written: its id and tasks, and the organisations that may lead an
	 * indicator.
	 */
	record WrittenPlan(long id, long noticeId, List<WrittenTask> tasks) {
	}

	private final Rows rows;

	private final Ids ids;

	private final SyntheticWords words;

	private final OffsetDateTime at;

	private final long seed;

	PlanWriter(Rows rows, Ids ids, SyntheticWords words, OffsetDateTime at, long seed) {
		this.rows = rows;
		this.ids = ids;
		this.words = words;
		this.at = at;
		this.seed = seed;
	}

	WrittenPlan write(Government government, Candidates candidates, Random random) {
		String title = government.name + "国民经济和社会发展第十二个五年规划纲要";
		String issuer = government.name + "人民政府";
		LocalDate issued = LocalDate.of(2011, 12, 27).minusDays(random.nextInt(240));
		long noticeId = notice(government, title, issuer, issued);
		long planId = this.ids.next(Table.PLAN);
		this.rows.add(Table.PLAN, planId, title, ComparedText.of(title), null, 2011, 2015, issuer, issued, this.at,
				"--03-31", "yearly");
		this.rows.add(Table.PLAN_REVISION, this.ids.next(Table.PLAN_REVISION), planId, noticeId, 1, null, "generator",
				this.at);
		int chapters = Math.min(government.tasks, 10 + random.nextInt(7));
		int[] chapterWeights = new int[chapters];
		for (int c = 0; c < chapters; c++) {
			chapterWeights[c] = SeedShape.any(SeedShape.TASKS_PER_CHAPTER, random);
		}
		int[] tasksPerChapter = SeedShape.split(government.tasks, chapterWeights, 1);
		List<String> chapterTitles = new ArrayList<>(this.words.chapters().subList(1, this.words.chapters().size()));
		Collections.shuffle(chapterTitles, random);
		List<WrittenTask> tasks = new ArrayList<>(government.tasks);
		int position = 0;
		for (int c = 0; c < chapters; c++) {
			long chapterId = this.ids.next(Table.CHAPTER);
			String chapterTitle = (c == 0) ? this.words.chapters().get(0) : chapterTitles.get(c - 1);
			this.rows.add(Table.CHAPTER, chapterId, planId, c + 1, "（" + NUMERALS[c] + "）", chapterTitle);
			int sections = (c == 0) ? 0
					: Math.min(tasksPerChapter[c], SeedShape.any(SeedShape.SECTIONS_PER_CHAPTER, random));
			if (sections == 0) {
				for (int t = 0; t < tasksPerChapter[c]; t++) {
					tasks.add(task(planId, noticeId, chapterId, null, (c + 1) + ".0." + (t + 1), ++position, candidates,
							random));
				}
				continue;
			}
			int[] sectionWeights = new int[sections];
			for (int s = 0; s < sections; s++) {
				sectionWeights[s] = SeedShape.any(SeedShape.TASKS_PER_SECTION, random);
			}
			int[] tasksPerSection = SeedShape.split(tasksPerChapter[c], sectionWeights, 1);
			for (int s = 0; s < sections; s++) {
				long sectionId = this.ids.next(Table.SECTION);
				this.rows.add(Table.SECTION, sectionId, chapterId, s + 1, (s + 1) + ".", phrase(random));
				for (int t = 0; t < tasksPerSection[s]; t++) {
					tasks.add(task(planId, noticeId, chapterId, sectionId, (c + 1) + "." + (s + 1) + "." + (t + 1),
							++position, candidates, random));
				}
			}
		}
		return new WrittenPlan(planId, noticeId, tasks);
	}

	private WrittenTask task(long planId, long noticeId, long chapterId, Long sectionId, String code, int position,
			Candidates candidates, Random random) {
		long taskId = this.ids.next(Table.TASK);
		int[] chosen = candidates.draw(SeedShape.organisationsPerTask(random), random);
		String mode;
		if (chosen.length == 1) {
			mode = (random.nextInt(10) < 8) ? "lead" : "responsible";
		}
		else {
			int draw = random.nextInt(100);
			mode = (draw < 5) ? "by-duty" : (draw < 15) ? "lead" : "responsible";
		}
		boolean openEnded = mode.equals("by-duty") && random.nextBoolean();
		List<String> names = new ArrayList<>(chosen.length);
		for (int c : chosen) {
			names.add(candidates.writtenName(c));
		}
		String clause = switch (mode) {
			case "lead" -> "（" + names.get(0) + "牵头"
					+ ((names.size() > 1) ? "，" + String.join("、", names.subList(1, names.size())) + "参与" : "") + "）";
			case "responsible" -> "（" + String.join("、", names) + "负责）";
			default -> "（" + String.join("、", names) + (openEnded ? "等部门" : "") + "按职责分工负责）";
		};
		String text = text(random);
		this.rows.add(Table.TASK, taskId, planId, chapterId, sectionId, code, position, text, ComparedText.of(text),
				clause, mode, openEnded, noticeId, this.at);
		long[] organisations = new long[chosen.length];
		long lead = -1;
		for (int i = 0; i < chosen.length; i++) {
			organisations[i] = candidates.organisationId(chosen[i]);
			// the first listed leads, also where the notice says 列第一位者为牵头部门
			String role = switch (mode) {
				case "lead" -> (i == 0) ? "lead" : "participant";
				case "responsible" -> (i == 0) ? "lead" : "responsible";
				default -> "by-duty";
			};
			if (role.equals("lead")) {
				lead = organisations[i];
			}
			this.rows.add(Table.ASSIGNMENT, this.ids.next(Table.ASSIGNMENT), taskId, organisations[i], names.get(i),
					role, i);
		}
		return new WrittenTask(taskId, code, organisations, lead);
	}

	/** Two to six clauses of the genre, with now and then an aim at the end. */
	private String text(Random random) {
		StringBuilder text = new StringBuilder();
		int clauses = 2 + random.nextInt(5);
		for (int i = 0; i < clauses; i++) {
			if (i > 0) {
				text.append('，');
			}
			text.append(phrase(random));
		}
		if (random.nextInt(3) == 0) {
			text.append(pick(this.words.aims(), random));
		}
		return text.append('。').toString();
	}

	private String phrase(Random random) {
		return pick(this.words.verbs(), random) + pick(this.words.objects(), random);
	}

	private static String pick(List<String> words, Random random) {
		return words.get(random.nextInt(words.size()));
	}

	private long notice(Government government, String title, String issuer, LocalDate issued) {
		String text = issuer + "关于印发" + title + "主要目标和任务工作分工的通知\n\n" + "（合成数据：由洛书数据生成器按种子 " + this.seed + " 生成，第 "
				+ (government.index + 1) + " 个政府。）\n";
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		long id = this.ids.next(Table.NOTICE);
		this.rows.add(Table.NOTICE, id, sha256(content), "synthetic-" + (government.index + 1) + ".txt", "txt", "UTF-8",
				(long) content.length, content, text, title, issuer, issued, "generator", this.at);
		return id;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
