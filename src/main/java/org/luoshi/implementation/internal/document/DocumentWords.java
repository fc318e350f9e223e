package org.luoshi.implementation.internal.document;

import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * The words implementation plans write around their measures: the labels of the fields
 * (责任处室：, 联系人：, 完成时限：, 完成标志：), the ways they name a task of the plan (对应任务3.2.1), the
 * part a department takes on of a shared task, and the column headers of the table form.
 * The genre is the same for every government, so none of this is tied to one province or
 * department.
 */
@Vocabulary("the labels and headers implementation plans write, which the reader recognises")
final class DocumentWords {

	private static final String PAREN_NOTE = "(?:[（(][^（()）]{0,8}[)）])?";

	/** A field label and its colon; the group names which field. */
	static final Pattern LABEL = Pattern.compile(
			"(?:(?<support>(?:配合|协办|参与|协助)(?:处室|科室|处|科|部门|单位))" + "|(?<division>(?:责任|牵头|主办|承办|主责)(?:处室|科室|处|科|部门|单位)"
					+ PAREN_NOTE + ")" + "|(?<contact>联系人(?:及(?:电话|联系方式))?|联系方式|联系电话)"
					+ "|(?<time>完成时限|完成时间|完成期限|时间节点|时间安排|进度安排|时限要求|进度要求|时限|完成节点)"
					+ "|(?<recognition>完成标志|完成标准|验收标准|预期成果|成果形式|预期目标|考核标准|工作目标)"
					+ "|(?<measure>具体措施|工作措施|主要措施|推进措施|落实措施|措施)" + "|(?<part>承担部分|承担内容|分工内容|负责部分|承担任务))\\s*[：:]");

	/** The part of a shared task taken on, written in running text: 承担其中农村部分. */
	static final Pattern PART_INLINE = Pattern.compile("(?:承担|负责)(?:其中)?(?:的)?(?<part>[^。；;，,（）()]{1,40}?)(?:部分)");

	/** A task of the plan named by its number: 对应任务3.2.1, 任务编号：3.2.1, 任务3.2.1. */
	static final Pattern TASK_REFERENCE = Pattern
		.compile("[（(]?\\s*(?:对应|落实|涉及|承接)?(?:规划)?(?:任务|重点任务)(?:编号|序号)?\\s*[：:]?\\s*(?:第\\s*)?"
				+ "(?<code>[0-9０-９]+(?:\\s*[.．]\\s*[0-9０-９]+){1,4})(?:\\s*项)?\\s*[)）]?\\s*[：:]?");

	/** A task number on its own at the start of a cell: 3.2.1 加快…. */
	static final Pattern LEADING_CODE = Pattern
		.compile("^\\s*(?<code>[0-9０-９]+(?:[.．][0-9０-９]+){1,4})(?![0-9０-９.．])[\\s、:：]*");

	/** The end of a sentence, after which a heading's words stop. */
	static final Pattern SENTENCE_END = Pattern.compile("[。；;]");

	/** Punctuation trimmed from the ends of a value. */
	static final String TRIM = "，,、；;。:：\\s";

	private DocumentWords() {
	}

	/** The column a table header names, by its words, or null when it names none. */
	static Column column(String header) {
		String h = org.luoshi.common.ComparedText.of(header);
		// a header names its column in a few words; a longer cell is data that mentions
		// them
		if (h.isEmpty() || h.length() > 12) {
			return null;
		}
		if (h.contains("联系")) {
			return Column.CONTACT;
		}
		if (h.contains("任务") && (h.contains("编号") || h.contains("序号") || h.contains("代码"))) {
			return Column.TASK_CODE;
		}
		if (h.contains("标志") || h.contains("验收") || h.contains("成果") || h.contains("目标") || h.contains("完成标准")) {
			return Column.RECOGNITION;
		}
		if (h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("进度") || h.contains("期限")) {
			return Column.TIME;
		}
		if (h.contains("配合") || h.contains("协办") || h.contains("参与")) {
			return Column.SUPPORT;
		}
		if (h.contains("处室") || h.contains("科室") || h.contains("责任处") || h.contains("责任单位") || h.contains("牵头")
				|| h.contains("责任部门")) {
			return Column.DIVISION;
		}
		if (h.contains("措施") || h.contains("举措") || h.contains("工作内容")) {
			return Column.MEASURE;
		}
		if (h.contains("承担") || h.contains("分工")) {
			return Column.PART;
		}
		if (h.contains("任务")) {
			return Column.TASK;
		}
		if (h.equals("序号") || h.equals("编号") || h.equals("号")) {
			return Column.NUMBER;
		}
		return null;
	}

	/** The columns of the table form. */
	enum Column {

		NUMBER, TASK_CODE, TASK, MEASURE, DIVISION, SUPPORT, CONTACT, TIME, RECOGNITION, PART

	}

}
