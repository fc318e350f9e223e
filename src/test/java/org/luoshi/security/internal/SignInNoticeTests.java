package org.luoshi.security.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** What the console says about signing in when there are no demo logins. */
class SignInNoticeTests {

	private final UserStore users = mock(UserStore.class);

	private final DemoUsers demo = mock(DemoUsers.class);

	private final SignInNotice notice = new SignInNotice(this.demo, this.users);

	@Test
	void tellsHowToEnterTheFirstUserWhenNobodyCanSignIn() {
		given(this.users.count()).willReturn(0L);

		assertThat(String.join("\n", this.notice.lines())).contains("--luoshi.security.first-office-password=",
				"'office'");
	}

	@Test
	void saysNothingOnceTheOfficeHasItsOwnUsers() {
		given(this.users.count()).willReturn(3L);
		given(this.demo.present()).willReturn(List.of());

		assertThat(this.notice.lines()).isEmpty();
	}

	@Test
	void neverPrintsAnythingButTheDemoPassword() {
		given(this.users.count()).willReturn(4L);
		given(this.demo.present()).willReturn(List.of(DemoUsers.LOGINS.get(3)));

		assertThat(this.notice.lines()).containsExactly("Demo logins (password luoshi-demo):",
				"  leader            leader");
	}

}
