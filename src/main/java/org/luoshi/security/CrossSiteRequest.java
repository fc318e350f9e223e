package org.luoshi.security;

import org.luoshi.common.Refusal;

/**
 * Refusal: a change through the API that a browser sent from another site (its
 * {@code Sec-Fetch-Site} or {@code Origin} says so) without a personal access token. A
 * browser adds remembered HTTP Basic credentials to any request by itself, so such a
 * request may be a page of another site acting for the user; a script sends a
 * {@code Bearer} token, which no browser adds on its own.
 */
public class CrossSiteRequest extends Refusal {

	public CrossSiteRequest(String origin) {
		super(Kind.FORBIDDEN, "security", "cross-site", "A change through the API sent from another site: " + origin,
				origin);
	}

}
