package org.luoshi.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.UserStore;
import org.luoshi.testing.AsTheApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.luoshi.security.NotPermitted;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the user administration must do on every database it runs on; each subclass runs
 * it on one. The planning office's user {@code office} acts unless a test says otherwise;
 * every test runs in a transaction that is rolled back.
 */
@JdbcTest
@Import(UserAdministrationBeans.class)
@WithActor(Role.OFFICE)
abstract class UserAdministrationContract {

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	UserStore store;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	long agriculture;

	@BeforeEach
	void anOfficeUserAndAnOrganisation() {
		this.accounts.create(new NewUser("office", "规划办", "office-password", Role.OFFICE, null), "test");
		this.agriculture = AsTheApplication.run(() -> this.organisations
			.create(NewOrganisation.of("省农委", OrganisationKind.GOVERNMENT_DEPARTMENT, null, null), "test")
			.id());
	}

	@Test
	void entersAUserWithAHashedPasswordAndRecordsWhoEnteredIt() {
		UserView reporter = this.users.create(reporter("Nongwei "));

		assertThat(reporter.username()).isEqualTo("nongwei");
		assertThat(reporter.displayName()).isEqualTo("省农委 填报人");
		assertThat(reporter.role()).isEqualTo(Role.REPORTER);
		assertThat(reporter.organisationId()).isEqualTo(this.agriculture);
		assertThat(reporter.enabled()).isTrue();
		assertThat(reporter.createdBy()).isEqualTo("office");
		String hash = this.store.findByUsername("nongwei").orElseThrow().passwordHash();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("nongwei-password");
		assertThat(this.passwords.matches("nongwei-password", hash)).isTrue();
		assertThat(this.users.history(reporter.id()))
			.extracting(UserChange::event, UserChange::previousValue, UserChange::newValue, UserChange::actor)
			.containsExactly(tuple("created", null, "reporter:" + this.agriculture, "office"));
		assertThat(this.users.page(null, 0, 50).users()).extracting(UserView::username)
			.containsExactly("nongwei", "office");
	}

	@Test
	void listsTheUsersPageByPageFoundByAnyPartOfTheirNames() {
		for (String name : List.of("cz-a", "cz-b", "cz-c", "cz-d", "cz-e")) {
			this.users.create(new NewUser(name, "长春 " + name, "long-enough-password", Role.LEADER, null));
		}
		this.users.create(new NewUser("x_1", "百分之百%", "long-enough-password", Role.LEADER, null));

		UserPage second = this.users.page("CZ-", 1, 2);
		assertThat(second.users()).extracting(UserView::username).containsExactly("cz-c", "cz-d");
		assertThat(second.totalElements()).isEqualTo(5);
		assertThat(second.totalPages()).isEqualTo(3);
		assertThat(this.users.page("长春", 0, 10).totalElements()).isEqualTo(5);
		assertThat(this.users.page("_", 0, 10).users()).extracting(UserView::username).containsExactly("x_1");
		assertThat(this.users.page("%", 0, 10).users()).extracting(UserView::username).containsExactly("x_1");
		assertThat(this.users.page(" ", 0, 100).totalElements()).isEqualTo(this.store.count());
		assertThatThrownBy(() -> this.users.page(null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.users.page(null, 0, Users.MOST_ON_A_PAGE + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAUserNameThatIsTakenInAnyCase() {
		this.users.create(reporter("nongwei"));

		assertThatThrownBy(() -> this.users.create(reporter(" NongWei"))).isInstanceOfSatisfying(UsernameTaken.class,
				(ex) -> assertThat(ex.username()).isEqualTo("nongwei"));
	}

	@Test
	void refusesAUserNameThatIsNotLowerCaseLettersDigitsAndPunctuation() {
		for (String name : List.of("省农委", "a", "nong wei", "-nongwei", "x".repeat(65))) {
			assertThatThrownBy(
					() -> this.users.create(new NewUser(name, null, "long-enough-password", Role.LEADER, null)))
				.as(name)
				.isInstanceOf(UsernameInvalid.class);
		}
	}

	@Test
	void refusesAPasswordTooShortForAGuessOrTooLongForBcrypt() {
		assertThatThrownBy(() -> this.users.create(new NewUser("leader", null, "short", Role.LEADER, null)))
			.isInstanceOf(UnacceptablePassword.class);
		// 25 Chinese characters are 75 bytes in UTF-8, more than bcrypt reads
		assertThatThrownBy(() -> this.users.create(new NewUser("leader", null, "规".repeat(25), Role.LEADER, null)))
			.isInstanceOf(UnacceptablePassword.class);
		assertThat(this.users.create(new NewUser("leader", null, "规".repeat(24), Role.LEADER, null)).enabled())
			.isTrue();
	}

	@Test
	void refusesAPasswordOfElevenCharactersTheUserNameOrACommonOne() {
		assertThatThrownBy(() -> this.users.create(new NewUser("leader", null, "eleven-char", Role.LEADER, null)))
			.isInstanceOf(UnacceptablePassword.class);
		assertThatThrownBy(
				() -> this.users.create(new NewUser("long-leader-name", null, "Long-Leader-Name", Role.LEADER, null)))
			.isInstanceOf(PasswordIsUsername.class);
		assertThatThrownBy(() -> this.users.create(new NewUser("leader", null, "QWERTY123456", Role.LEADER, null)))
			.isInstanceOf(PasswordTooCommon.class);
		UserView leader = this.users.create(new NewUser("leader", null, "twelve-chars", Role.LEADER, null));
		assertThatThrownBy(() -> this.users.resetPassword(leader.id(), "password1234"))
			.isInstanceOf(PasswordTooCommon.class);
	}

	@Test
	void makesTheUserChangeAPasswordTheOfficeSetButNotOneTheyChoseThemselves() {
		UserView user = this.users.create(reporter("nongwei"));
		assertThat(this.store.find(user.id()).orElseThrow().passwordChangeRequired()).isTrue();

		this.accounts.changeOwnPassword(user.id(), "nongwei-password", "nongwei-own-choice");
		assertThat(this.store.find(user.id()).orElseThrow().passwordChangeRequired()).isFalse();

		this.users.resetPassword(user.id(), "office-chose-again");
		assertThat(this.store.find(user.id()).orElseThrow().passwordChangeRequired()).isTrue();
		assertThat(this.users.history(user.id())).extracting(UserChange::event)
			.containsExactly("created", "password-changed", "password-reset");
	}

	@Test
	void requiresAnOrganisationForReportersAndApproversOnlyAndAKnownOne() {
		assertThatThrownBy(
				() -> this.users.create(new NewUser("nongwei", null, "long-enough-password", Role.REPORTER, null)))
			.isInstanceOf(OrganisationRequired.class);
		assertThatThrownBy(
				() -> this.users.create(new NewUser("checker", null, "long-enough-password", Role.APPROVER, null)))
			.isInstanceOf(OrganisationRequired.class);
		assertThatThrownBy(() -> this.users
			.create(new NewUser("leader", null, "long-enough-password", Role.LEADER, this.agriculture)))
			.isInstanceOfSatisfying(OrganisationNotAllowed.class, (ex) -> assertThat(ex.role()).isEqualTo(Role.LEADER));
		assertThatThrownBy(
				() -> this.users.create(new NewUser("nongwei", null, "long-enough-password", Role.REPORTER, 4711L)))
			.isInstanceOfSatisfying(UnknownOrganisation.class, (ex) -> assertThat(ex.organisationId()).isEqualTo(4711));
		assertThat(this.store.count()).isEqualTo(1);
	}

	@Test
	void changesTheRoleAndRecordsBeforeAndAfter() {
		UserView user = this.users.create(reporter("nongwei"));

		UserView approver = this.users.changeRole(user.id(), Role.APPROVER, this.agriculture);
		UserView leader = this.users.changeRole(user.id(), Role.LEADER, null);

		assertThat(approver.role()).isEqualTo(Role.APPROVER);
		assertThat(leader.organisationId()).isNull();
		assertThat(leader.version()).isEqualTo(user.version() + 2);
		assertThat(this.users.history(user.id())).extracting(UserChange::event, UserChange::newValue)
			.containsExactly(tuple("created", "reporter:" + this.agriculture),
					tuple("role-changed", "approver:" + this.agriculture), tuple("role-changed", "leader"));
		assertThatThrownBy(() -> this.users.changeRole(user.id(), Role.REPORTER, null))
			.isInstanceOf(OrganisationRequired.class);
	}

	@Test
	void resetsAPasswordWithoutRecordingIt() {
		UserView user = this.users.create(reporter("nongwei"));

		this.users.resetPassword(user.id(), "a-new-password");

		assertThat(this.passwords.matches("a-new-password",
				this.store.findByUsername("nongwei").orElseThrow().passwordHash()))
			.isTrue();
		assertThat(this.users.history(user.id())).last().satisfies((change) -> {
			assertThat(change.event()).isEqualTo("password-reset");
			assertThat(change.previousValue()).isNull();
			assertThat(change.newValue()).isNull();
		});
		assertThat(this.jdbc.sql("select count(*) from user_history where new_value like '%password%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void disablesAndEnablesAndRecordsBoth() {
		UserView user = this.users.create(reporter("nongwei"));

		assertThat(this.users.disable(user.id()).enabled()).isFalse();
		assertThat(this.users.enable(user.id()).enabled()).isTrue();

		assertThat(this.users.history(user.id())).extracting(UserChange::event)
			.containsExactly("created", "disabled", "enabled");
	}

	@Test
	void refusesToDisableOrDemoteTheLastEnabledOfficeUser() {
		long office = this.store.findByUsername("office").orElseThrow().id();

		assertThatThrownBy(() -> this.users.disable(office)).isInstanceOf(LastOfficeAccount.class);
		assertThatThrownBy(() -> this.users.changeRole(office, Role.LEADER, null))
			.isInstanceOf(LastOfficeAccount.class);

		UserView second = this.users.create(new NewUser("office2", null, "long-enough-password", Role.OFFICE, null));
		assertThat(this.users.disable(office).enabled()).isFalse();
		assertThatThrownBy(() -> this.users.disable(second.id())).isInstanceOf(LastOfficeAccount.class);
	}

	@Test
	void refusesAnIdThatNoUserHas() {
		assertThatThrownBy(() -> this.users.get(4711)).isInstanceOf(UserNotFound.class);
		assertThatThrownBy(() -> this.users.disable(4711)).isInstanceOf(UserNotFound.class);
		assertThatThrownBy(() -> this.users.history(4711)).isInstanceOf(UserNotFound.class);
	}

	@Test
	@WithActor(value = Role.REPORTER, username = "nongwei")
	void refusesEveryoneButTheOffice() {
		assertThatThrownBy(() -> this.users.page(null, 0, 50)).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> this.users.create(reporter("nongwei2"))).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> this.users.disable(1)).isInstanceOf(NotPermitted.class);
		assertThat(this.store.count()).isEqualTo(1);
	}

	@Test
	@WithAnonymousUser
	void refusesSomeoneNotSignedIn() {
		assertThatThrownBy(() -> this.users.page(null, 0, 50))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void databaseKeepsUserNamesUnique() {
		this.users.create(reporter("nongwei"));

		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, created_at, created_by)
				values ('nongwei', 'x', 'x', 'leader', current_timestamp, 'test')""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void databaseKeepsOrganisationsReal() {
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into app_user (username, display_name, password_hash, role, organisation_id, created_at, created_by)
					values ('ghost', 'x', 'x', 'reporter', 4711, current_timestamp, 'test')""")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private NewUser reporter(String username) {
		return new NewUser(username, "省农委 填报人", "nongwei-password", Role.REPORTER, this.agriculture);
	}

}
