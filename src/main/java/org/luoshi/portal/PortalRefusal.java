package org.luoshi.portal;

import org.luoshi.common.Refusal;

/**
 * Why the portal cannot show what was asked: each reason its own subclass, its text under
 * {@code portal.problem.<code>}.
 */
public abstract class PortalRefusal extends Refusal {

	protected PortalRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "portal", code, message, arguments);
	}

	/** No published report carries this indicator. */
	public static class IndicatorNotPublished extends PortalRefusal {

		public IndicatorNotPublished(long id) {
			super(Kind.NOT_FOUND, "indicator-not-published", "No published report carries indicator " + id,
					String.valueOf(id));
		}

	}

	/** A page of open data outside what is published, or of a size not served. */
	public static class PageOutOfRange extends PortalRefusal {

		public PageOutOfRange(int page, int size) {
			super(Kind.BAD_REQUEST, "page-out-of-range", "Page " + page + " of size " + size + " is not served",
					String.valueOf(page), String.valueOf(size));
		}

	}

}
