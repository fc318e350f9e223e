package org.luoshi.plan;

/**
 * Why the office's decision on an import cannot be carried out; each reason is its own
 * subclass.
 */
public abstract class ImportRefusal extends RuntimeException {

	protected ImportRefusal(String message) {
		super(message);
	}

	/** There is no pending import with this id. */
	public static class ImportNotFound extends ImportRefusal {

		public ImportNotFound(long id) {
			super("没有编号为 " + id + " 的导入");
		}

	}

	/** The import was already confirmed or discarded. */
	public static class ImportAlreadyDecided extends ImportRefusal {

		public ImportAlreadyDecided(long id, String status) {
			super("导入 " + id + " 已经处理过（" + status + "），不能再次确认或放弃");
		}

	}

	/**
	 * Names the directory does not know still wait for the office to map or create them.
	 */
	public static class UnknownOrganisationsRemain extends ImportRefusal {

		private final java.util.List<String> names;

		public UnknownOrganisationsRemain(java.util.List<String> names) {
			super("以下责任单位在单位名录中找不到，请先对应到已有单位或新建：" + String.join("、", names));
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
			super("这份通知（内容完全相同）已经导入过，属于规划 " + planId);
			this.planId = planId;
		}

		public long planId() {
			return planId;
		}

	}

	/** The uploaded file is not a notice the importer can read; the message says why. */
	public static class UnreadableNotice extends ImportRefusal {

		public UnreadableNotice(String message) {
			super(message);
		}

	}

	/** A mapping names an organisation that does not exist. */
	public static class MappedOrganisationNotFound extends ImportRefusal {

		public MappedOrganisationNotFound(String writtenName, long organisationId) {
			super("「" + writtenName + "」对应的单位 " + organisationId + " 不存在");
		}

	}

}
