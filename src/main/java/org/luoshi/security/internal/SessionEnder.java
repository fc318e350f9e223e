package org.luoshi.security.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs a user out everywhere by deleting their stored sessions, so that a disabled user
 * or one whose role or password changed must sign in again on every node. Without a
 * session store (a test slice) there is nothing to end.
 */
@Component
public class SessionEnder {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	public SessionEnder(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * @return how many sessions were ended
	 */
	public int endSessionsOf(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var found = repository.findByPrincipalName(username).keySet();
		found.forEach(repository::deleteById);
		return found.size();
	}

	/**
	 * Ends every session of the user but the one of the current request, which goes on
	 * signed in.
	 * @return how many sessions were ended
	 */
	public int endOtherSessionsOf(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		String current = currentSessionId();
		var found = repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(current))
			.toList();
		found.forEach(repository::deleteById);
		return found.size();
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
