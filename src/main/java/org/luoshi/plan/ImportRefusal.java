package org.luoshi.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.luoshi.common.Refusal;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.plan.internal.ImporterTexts;

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
	 * names the file, line or byte, in the reader's language (its text is the importer's,
	 * {@code notice.problem.<reason>}).
	 */
	public static class UnreadableNotice extends ImportRefusal {

		private final String textCode;

		private final Map<String, Object> where;

		public UnreadableNotice(NoticeFormatException reason) {
			super(Kind.INVALID, "unreadable-notice", reason.getMessage(), ImporterTexts.arguments(reason.arguments()));
			this.textCode = reason.messageCode();
			Map<String, Object> where = new LinkedHashMap<>();
			where.put("reason", reason.code());
			reason.line().ifPresent((line) -> where.put("line", line));
			reason.byteOffset().ifPresent((offset) -> where.put("byteOffset", offset));
			this.where = Collections.unmodifiableMap(where);
		}

		/** A file that is unreadable for a reason of the register's own. */
		protected UnreadableNotice(String code, String message, Object... arguments) {
			super(Kind.INVALID, code, message, arguments);
			this.textCode = null;
			this.where = Map.of();
		}

		@Override
		public String messageCode() {
			return (this.textCode != null) ? this.textCode : super.messageCode();
		}

		/**
		 * The importer's reason (empty-file, no-clause, …) and the line or byte it names.
		 */
		@Override
		public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
			return this.where;
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
