package org.luoshi.security;

/**
 * Why a personal access token cannot be made or revoked; each reason its own subclass.
 */
public abstract class ApiTokenRefused extends UserRefusal {

	/** The longest a token may hold, in days. */
	public static final int MAX_DAYS = 366;

	protected ApiTokenRefused(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** A token needs a name that says what uses it. */
	public static class NameRequired extends ApiTokenRefused {

		public NameRequired() {
			super(Kind.INVALID, "token-name-required", "A token needs a name");
		}

	}

	/** A token holds for 1 to 366 days. */
	public static class LifetimeInvalid extends ApiTokenRefused {

		public LifetimeInvalid(Integer days) {
			super(Kind.INVALID, "token-lifetime", "A token holds 1 to " + MAX_DAYS + " days, not " + days,
					String.valueOf(days), MAX_DAYS);
		}

	}

	/** No token of the user's has this id. */
	public static class TokenNotFound extends ApiTokenRefused {

		public TokenNotFound(long id) {
			super(Kind.NOT_FOUND, "token-not-found", "No token of the user has the id " + id, String.valueOf(id));
		}

	}

}
