package org.luoshi.plan;

/**
 * Why the office's decision on an import cannot be carried out; each reason is its own
 * subclass.
 */
public abstract class ImportRefusal extends RuntimeException implements ExplainedRefusal {

	private final String code;

	private final Object[] arguments;

	protected ImportRefusal(String message, String code, Object... arguments) {
		super(message);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** There is no pending import with this id. */
	public static class ImportNotFound extends ImportRefusal {

		public ImportNotFound(long id) {
			super("没有编号为 " + id + " 的导入", "import-not-found", String.valueOf(id));
		}

	}

	/** The import was already confirmed or discarded. */
	public static class ImportAlreadyDecided extends ImportRefusal {

		public ImportAlreadyDecided(long id, String status) {
			super("导入 " + id + " 已经处理过（" + status + "），不能再次确认或放弃", "import-decided", String.valueOf(id), status);
		}

	}

	/**
	 * Names the directory does not know still wait for the office to map or create them.
	 */
	public static class UnknownOrganisationsRemain extends ImportRefusal {

		private final java.util.List<String> names;

		public UnknownOrganisationsRemain(java.util.List<String> names) {
			super("以下责任单位在单位名录中找不到，请先对应到已有单位或新建：" + String.join("、", names), "unknown-organisations",
					String.join("、", names));
			this.names = java.util.List.copyOf(names);
		}

		public java.util.List<String> names() {
			return names;
		}

	}

	/** The very same notice is already in the register. */
	public static class NoticeAlreadyImported extends ImportRefusal {

		private final long planId;

		public NoticeAlreadyImported(long planId) {
			super("这份通知（内容完全相同）已经导入过，属于规划 " + planId, "notice-imported", String.valueOf(planId));
			this.planId = planId;
		}

		public long planId() {
			return planId;
		}

	}

	/** The uploaded file is not a notice the importer can read; the message says why. */
	public static class UnreadableNotice extends ImportRefusal {

		public UnreadableNotice(String message) {
			// the importer's reason names the line or byte; it has no translation yet
			super(message, null);
		}

		protected UnreadableNotice(String message, String code, Object... arguments) {
			super(message, code, arguments);
		}

	}

	/**
	 * A division spreadsheet that does not say which plan it revises, uploaded as a new
	 * plan.
	 */
	public static class SheetWithoutPlan extends UnreadableNotice {

		public SheetWithoutPlan(String fileName) {
			super("表格“" + fileName + "”没有写明属于哪个规划：请在规划页面上传修订，或使用从本系统导出的分工表", "sheet-without-plan", fileName);
		}

	}

	/** A mapping names an organisation that does not exist. */
	public static class MappedOrganisationNotFound extends ImportRefusal {

		public MappedOrganisationNotFound(String writtenName, long organisationId) {
			super("「" + writtenName + "」对应的单位 " + organisationId + " 不存在", "mapped-organisation-not-found", writtenName,
					String.valueOf(organisationId));
		}

	}

}
