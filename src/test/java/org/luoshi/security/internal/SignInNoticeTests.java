package org.luoshi.security.internal;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.luoshi.security.internal.FirstOfficeUser.Credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** What the console says about signing in. */
class SignInNoticeTests {

	private final DemoUsers demo = mock(DemoUsers.class);

	private final FirstOfficeUser first = mock(FirstOfficeUser.class);

	private final SignInNotice notice = new SignInNotice(this.demo,
			new org.springframework.beans.factory.support.StaticListableBeanFactory(
					java.util.Map.of("first", this.first))
				.getBeanProvider(FirstOfficeUser.class));

	@Test
	void showsTheGeneratedFirstPasswordAtTheStartThatEnteredIt() {
		given(this.first.take()).willReturn(Optional.of(new Credentials("office", "Xy7kPq2mNb4rTs8wVd3h")));

		assertThat(String.join("\n", this.notice.lines())).contains("office", "Xy7kPq2mNb4rTs8wVd3h",
				"choose your own password");
	}

	@Test
	void saysNothingOnceTheOfficeHasItsOwnUsers() {
		given(this.first.take()).willReturn(Optional.empty());
		given(this.demo.active()).willReturn(false);

		assertThat(this.notice.lines()).isEmpty();
	}

	@Test
	void neverNamesDemoLoginsOutsideADemonstration() {
		given(this.first.take()).willReturn(Optional.empty());
		given(this.demo.active()).willReturn(false);
		given(this.demo.present()).willReturn(List.of(DemoUsers.LOGINS.get(3)));

		assertThat(this.notice.lines()).isEmpty();
	}

	@Test
	void namesTheDemoLoginsOfADemonstrationAndSaysWhatItIs() {
		given(this.first.take()).willReturn(Optional.empty());
		given(this.demo.active()).willReturn(true);
		given(this.demo.present()).willReturn(List.of(DemoUsers.LOGINS.get(3)));

		assertThat(this.notice.lines()).containsExactly(
				"DEMONSTRATION - never enter real data. Demo logins (password luoshi-demo):",
				"  leader            leader");
	}

}
