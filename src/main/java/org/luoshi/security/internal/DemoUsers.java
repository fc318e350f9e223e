package org.luoshi.security.internal;

import java.util.List;
import java.util.Optional;

import org.luoshi.common.Vocabulary;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo logins, one per role, all with the documented password {@value #PASSWORD}: the
 * planning office, a reporter and an approver of 省农委, and a leader. They are entered only
 * into an empty user table, so loading twice adds nothing.
 */
@Vocabulary("demo data: the names and accounts of the demonstration province")
@Component
public class DemoUsers {

	public static final String PASSWORD = "luoshi-demo";

	static final String ACTOR = "demo";

	/** One demo login; the organisation is named as the notice names it. */
	public record Login(String username, String displayName, Role role, String organisation) {
	}

	public static final List<Login> LOGINS = List.of(new Login("office", "规划办", Role.OFFICE, null),
			new Login("nongwei", "省农委 填报人", Role.REPORTER, "省农委"),
			new Login("nongwei-approver", "省农委 审核人", Role.APPROVER, "省农委"),
			new Login("leader", "省政府领导", Role.LEADER, null));

	private final Accounts accounts;

	private final UserStore users;

	private final OrganisationDirectory organisations;

	public DemoUsers(Accounts accounts, UserStore users, OrganisationDirectory organisations) {
		this.accounts = accounts;
		this.users = users;
		this.organisations = organisations;
	}

	/**
	 * @return how many users were entered: all of them, or none if any user exists
	 */
	@Transactional
	public int load() {
		if (this.users.count() > 0) {
			return 0;
		}
		for (Login login : LOGINS) {
			this.accounts.create(
					new NewUser(login.username(), login.displayName(), PASSWORD, login.role(), organisationId(login)),
					ACTOR);
		}
		return LOGINS.size();
	}

	/** The demo logins that are still there as the demo entered them, and enabled. */
	public List<Login> present() {
		return LOGINS.stream()
			.filter((login) -> this.users.findByUsername(login.username())
				.filter((user) -> user.enabled() && ACTOR.equals(user.createdBy()))
				.isPresent())
			.toList();
	}

	private Long organisationId(Login login) {
		if (login.organisation() == null) {
			return null;
		}
		Optional<OrganisationRef> organisation = this.organisations.resolve(login.organisation());
		return organisation.map(OrganisationRef::id)
			.orElseThrow(() -> new IllegalStateException("The demo login " + login.username() + " acts for "
					+ login.organisation() + ", which is not in the directory; load the demo organisations first"));
	}

}
