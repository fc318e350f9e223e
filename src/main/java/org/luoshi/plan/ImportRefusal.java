package org.luoshi.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.luoshi.common.Refusal;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why the office's decision on an import cannot be carried out; each reason is its own
 * subclass.
 */
public abstract class ImportRefusal extends Refusal {

	protected ImportRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "plan", code, message, arguments);
	}

	/** There is no pending import with this id. */
	public static class ImportNotFound extends ImportRefusal {

		public ImportNotFound(long id) {
			super(Kind.NOT_FOUND, "import-not-found", "No import has the id " + id, String.valueOf(id));
		}

	}

	/** The import was already confirmed or discarded. */
	public static class ImportAlreadyDecided extends ImportRefusal {

		public ImportAlreadyDecided(long id, String status) {
			super(Kind.CONFLICT, "import-decided", "Import " + id + " was " + status + " already", String.valueOf(id),
					status);
		}

	}

	/**
	 * Names the directory does not know still wait for the office to map or create them.
	 */
	public static class UnknownOrganisationsRemain extends ImportRefusal {

		private final List<String> names;

		public UnknownOrganisationsRemain(List<String> names) {
			super(Kind.CONFLICT, "unknown-organisations", "Not in the directory: " + String.join("、", names),
					String.join("、", names));
			this.names = List.copyOf(names);
		}

		public List<String> names() {
			return names;
		}

		@Override
		public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
			return Map.of("unknownNames", this.names);
		}

	}

	/** The very same notice is already in the register. */
	public static class NoticeAlreadyImported extends ImportRefusal {

		private final long planId;

		public NoticeAlreadyImported(long planId) {
			super(Kind.CONFLICT, "notice-imported", "The same notice is in plan " + planId, String.valueOf(planId));
			this.planId = planId;
		}

		public long planId() {
			return planId;
		}

		@Override
		public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
			return Map.of("planId", this.planId);
		}

	}

	/**
	 * The uploaded file is not a notice the importer can read; the importer's reason
	 * names the file, line or byte.
	 */
	public static class UnreadableNotice extends ImportRefusal {

		public UnreadableNotice(String reason) {
			super(Kind.INVALID, "unreadable-notice", reason, reason);
		}

		protected UnreadableNotice(String code, String message, Object... arguments) {
			super(Kind.INVALID, code, message, arguments);
		}

	}

	/**
	 * A division spreadsheet that does not say which plan it revises, uploaded as a new
	 * plan.
	 */
	public static class SheetWithoutPlan extends UnreadableNotice {

		public SheetWithoutPlan(String fileName) {
			super("sheet-without-plan", "The sheet " + fileName + " names no plan", fileName);
		}

	}

	/** A mapping names an organisation that does not exist. */
	public static class MappedOrganisationNotFound extends ImportRefusal {

		public MappedOrganisationNotFound(String writtenName, long organisationId) {
			super(Kind.INVALID, "mapped-organisation-not-found",
					writtenName + " is mapped to organisation " + organisationId + ", which does not exist",
					writtenName, String.valueOf(organisationId));
		}

	}

}
