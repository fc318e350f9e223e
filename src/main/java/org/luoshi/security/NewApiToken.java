package org.luoshi.security;

/**
 * A token just created: the only time the token itself is seen. Its owner copies it into
 * a script's {@code Authorization: Bearer …} header.
 */
public record NewApiToken(ApiTokenView view, String token) implements java.io.Serializable {

	@Override
	public String toString() {
		return "NewApiToken[" + this.view.name() + ", …]";
	}

}
