package org.luoshi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for tests against the running server: follows redirects, keeps cookies, and
 * signs in on the sign-in page with the CSRF token it finds there.
 */
public final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public HttpBrowser(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.cookieHandler(this.cookies)
			.build();
	}

	/** Signs in and gives the page the sign-in led to. */
	public HttpResponse<String> signIn(String username, String password) {
		return post("/login", "username=" + encode(username) + "&password=" + encode(password));
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
	}

	/** Posts a form with the CSRF token of the sign-in page. */
	public HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrfToken())))
			.build());
	}

	/** An API request signed in with HTTP Basic, as a script would make it. */
	public HttpResponse<String> api(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + credentials)
			.build());
	}

	/** The value of the session cookie, if the server gave one. */
	public Optional<String> sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private String csrfToken() {
		Matcher token = CSRF.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		return token.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
