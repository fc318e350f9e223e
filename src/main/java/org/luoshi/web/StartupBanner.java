package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.StartupNotice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints, once the server is ready, where to open Luoshi and what every module has to say
 * about signing in, so that whoever started the jar does not have to search the log.
 */
@Vocabulary("the product's name on the console")
@Component
class StartupBanner {

	private final ObjectProvider<StartupNotice> notices;

	private final Environment environment;

	StartupBanner(ObjectProvider<StartupNotice> notices, Environment environment) {
		this.notices = notices;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext context
				&& context.getWebServer() != null) {
			// standard output, not the log: it must be seen whatever the logging set-up
			System.out.println(render(context.getWebServer().getPort()));
		}
	}

	String render(int port) {
		List<String> lines = new ArrayList<>();
		lines.add("Luoshi (落实) is running: " + url(port));
		this.notices.orderedStream().forEach((notice) -> lines.addAll(notice.lines()));
		String rule = "=".repeat(72);
		StringBuilder block = new StringBuilder().append('\n').append(rule).append('\n');
		lines.forEach((line) -> block.append("  ").append(line).append('\n'));
		return block.append(rule).append('\n').toString();
	}

	private String url(int port) {
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		String path = contextPath.endsWith("/") ? contextPath : contextPath + "/";
		return "http://localhost:" + port + path;
	}

}
