package org.luoshi.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.common.StartupNotice;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StartupBannerTests {

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void printsTheAddressAndEveryModulesNotice() {
		this.beans.registerSingleton("signIn",
				(StartupNotice) () -> List.of("Demo logins (password luoshi-demo):", "  office  office"));
		this.beans.registerSingleton("demo", (StartupNotice) () -> List.of("Demo data: the Jilin notice"));
		String banner = banner().render(8080);
		assertThat(banner).containsSubsequence("http://localhost:8080/", "Demo logins (password luoshi-demo):",
				"  office  office", "Demo data: the Jilin notice");
	}

	@Test
	void addsTheContextPathToTheAddress() {
		this.environment.setProperty("server.servlet.context-path", "/luoshi");
		assertThat(banner().render(9000)).contains("http://localhost:9000/luoshi/");
	}

	private StartupBanner banner() {
		return new StartupBanner(this.beans.getBeanProvider(StartupNotice.class), this.environment);
	}

}
