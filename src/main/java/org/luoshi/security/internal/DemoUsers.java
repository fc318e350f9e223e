package org.luoshi.security.internal;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.luoshi.common.Vocabulary;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo logins, one per role, all with the documented password {@value #PASSWORD}: the
 * planning office, a reporter and an approver of 省农委, and a leader. They exist only in a
 * demonstration: with {@code luoshi.demo.enabled=true} on the embedded database, never on
 * PostgreSQL. They are entered only into an empty user table, so loading twice adds
 * nothing; a start that is no demonstration retires whatever an earlier demo start left.
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

	private final PasswordEncoder passwords;

	private final boolean active;

	public DemoUsers(Accounts accounts, UserStore users, OrganisationDirectory organisations, PasswordEncoder passwords,
			DataSource dataSource, @Value("${luoshi.demo.enabled:false}") boolean demoEnabled) {
		this.accounts = accounts;
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.active = demoEnabled && embedded(dataSource);
	}

	/**
	 * Whether this start is a demonstration with the demo logins: the demo switched on,
	 * on the embedded database. Every page then says so.
	 */
	public boolean active() {
		return this.active;
	}

	/**
	 * @return how many users were entered: all of them, or none if any user exists or
	 * this start is no demonstration
	 */
	@Transactional
	public int load() {
		if (!this.active || this.users.count() > 0) {
			return 0;
		}
		for (Login login : LOGINS) {
			this.accounts.createDemo(
					new NewUser(login.username(), login.displayName(), PASSWORD, login.role(), organisationId(login)),
					ACTOR);
		}
		return LOGINS.size();
	}

	/**
	 * On a start that is no demonstration, takes every user an earlier demo start entered
	 * out of use: disabled, the published password replaced by one nobody knows, recorded
	 * in its history. Users retired before are left alone.
	 * @return the user names retired now
	 */
	@Transactional
	public List<String> retireLeftovers() {
		if (this.active) {
			return List.of();
		}
		List<String> retired = new ArrayList<>();
		for (UserRecord user : this.users.all()) {
			if (ACTOR.equals(user.createdBy())
					&& (user.enabled() || this.passwords.matches(PASSWORD, user.passwordHash()))) {
				this.accounts.retire(user, CurrentActor.SYSTEM);
				retired.add(user.username());
			}
		}
		return retired;
	}

	/** The demo logins that are still there as the demo entered them, and enabled. */
	public List<Login> present() {
		return LOGINS.stream()
			.filter((login) -> this.users.findByUsername(login.username())
				.filter((user) -> user.enabled() && ACTOR.equals(user.createdBy()))
				.isPresent())
			.toList();
	}

	private static boolean embedded(DataSource dataSource) {
		try {
			return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
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
