package org.luoshi.plan.internal;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.NoticeDraft;

/**
 * Words the register stores as data, as an office would have written them: the title of a
 * notice that states none, and the reasons recorded with each revision of a plan.
 */
@Vocabulary("the register stores these as data in the office's language, like the notice's own text")
public final class RegisterWords {

	/** Why the first revision of a plan exists. */
	public static final String FIRST_IMPORT = "分工通知首次导入";

	/** Why a later revision exists. */
	public static final String REVISION = "分工通知修订";

	private RegisterWords() {
	}

	/** The plan's title: the plan the notice names, else the notice's own, else none. */
	public static String planTitle(NoticeDraft draft) {
		return (draft.plan().title() != null) ? draft.plan().title()
				: (draft.title() != null) ? draft.title() : "未命名规划";
	}

	/** The reason a task changed in a revision: 第3版分工通知, 第2版分工表. */
	public static String revisionReason(int revision, boolean spreadsheet) {
		return "第" + revision + (spreadsheet ? "版分工表" : "版分工通知");
	}

}
