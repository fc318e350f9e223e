package org.luoshi.audit;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code luoshi audit verify [--lang zh|en]}: starts the application without its web
 * server, demo data or scheduled jobs against the configured database, checks the audit
 * log's chain ({@link AuditChain}) and says whether it holds or which entry is the first
 * broken link. Exit 0 when intact, 1 when broken, 2 when used wrongly.
 */
public final class AuditCommandLine {

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int REFUSED = 2;

	private AuditCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && "audit".equals(args[0]);
	}

	/**
	 * @param application the application's configuration class
	 * @param args the command line, {@code audit verify ...}, then Spring Boot's own
	 * options ({@code --spring.datasource.url=...})
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Locale locale = Locale.CHINESE;
		for (String arg : args) {
			if (arg.equals("--lang=en")) {
				locale = Locale.ENGLISH;
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("luoshi.demo.enabled=false", "luoshi.security.first-office-user=false",
					"luoshi.reporting.reminders.cron=-", "luoshi.organisation.successions.cron=-",
					"spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(args)) {
			MessageSource words = context.getBean(MessageSource.class);
			if (args.length < 2 || !"verify".equals(args[1])) {
				err.println(words.getMessage("audit.cli.usage", null, locale));
				return REFUSED;
			}
			ChainCheck check = context.getBean(AuditChain.class).verify();
			if (check.intact()) {
				out.println(words.getMessage("audit.cli.intact", new Object[] { check.entries() }, locale));
				out.flush();
				return INTACT;
			}
			String key = switch (check.failure()) {
				case ALTERED -> "audit.cli.altered";
				case UNLINKED -> "audit.cli.unlinked";
				case TAIL_REMOVED -> "audit.cli.tail-removed";
			};
			err.println(words.getMessage(key, new Object[] { String.valueOf(check.brokenAt()) }, locale));
			return BROKEN;
		}
	}

}
