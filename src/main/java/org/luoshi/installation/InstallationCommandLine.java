package org.luoshi.installation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.installation.internal.Words;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code luoshi export FILE} and {@code luoshi import FILE}, with the server's datasource
 * settings ({@code --spring.datasource.url=...},
 * {@code --spring.profiles.active=postgres}) and {@code --lang zh|en}: start the
 * application without its web server, without demo data and without the scheduled jobs,
 * write or restore the archive and stop. Exit 0 on success with one line saying what was
 * written or restored; 2 with one line saying why when the command is refused (used
 * wrongly, the file exists, the archive is damaged or of another schema version, the
 * database is not empty); 1 when the application or its database could not be reached.
 */
public final class InstallationCommandLine {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int REFUSED = 2;

	private static final String EXPORT = "export";

	private static final String IMPORT = "import";

	// the settings every run gets, whatever was asked: no web server, no demo data, no
	// jobs writing while the archive is read or restored
	static final List<String> FIXED = List.of("--spring.main.web-application-type=none", "--luoshi.demo.enabled=false",
			"--luoshi.security.first-office-user=false", "--luoshi.reporting.reminders.cron=-",
			"--luoshi.organisation.successions.cron=-");

	private InstallationCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (EXPORT.equals(args[0]) || IMPORT.equals(args[0]));
	}

	/**
	 * Runs the command in {@code args[0]} with the application class whose context holds
	 * the archive.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		String lang = null;
		String file = null;
		List<String> spring = new ArrayList<>();
		String extra = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--lang") && i + 1 < args.length) {
				lang = args[++i];
			}
			else if (arg.startsWith("--lang=")) {
				lang = arg.substring("--lang=".length());
			}
			else if (arg.startsWith("--luoshi.demo.") || arg.startsWith("--spring.main.web-application-type")
					|| FIXED.stream().anyMatch((fixed) -> arg.startsWith(fixed.substring(0, fixed.indexOf('=') + 1)))) {
				continue;
			}
			else if (arg.startsWith("--")) {
				spring.add(arg);
			}
			else if (file == null) {
				file = arg;
			}
			else if (extra == null) {
				extra = arg;
			}
		}
		if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
			err.println(Words.in("zh").text("installation.cli.bad-lang", lang));
			return REFUSED;
		}
		Words words = Words.in(lang);
		String usage = words.text("installation.cli.usage");
		if (file == null) {
			err.println(words.text("installation.cli.no-file", usage));
			return REFUSED;
		}
		if (extra != null) {
			err.println(words.text("installation.cli.second-file", extra, usage));
			return REFUSED;
		}
		spring.addAll(FIXED);
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				// the console is the command's own: its one line, the cause of a failure
				// in
				// it; --logging.threshold.console=INFO shows the log again
				.properties("logging.threshold.console=OFF")
				.run(spring.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			err.println(words.text("installation.cli.no-start", cause(ex)));
			return FAILED;
		}
		try (context) {
			InstallationArchive archive = context.getBean(InstallationArchive.class);
			Path path = Path.of(file);
			ArchiveSummary summary = command.equals(EXPORT) ? archive.export(path) : archive.restore(path);
			out.println(words.text(command.equals(EXPORT) ? "installation.cli.exported" : "installation.cli.imported",
					summary.total(), summary.rows().size(), path, summary.schemaVersion()));
			out.flush();
			return OK;
		}
		catch (InstallationRefusal ex) {
			err.println(words.text("installation.cli.refused", words.text(ex.code(), ex.arguments().toArray())));
			return REFUSED;
		}
		catch (RuntimeException ex) {
			err.println(words.text("installation.cli.failed", cause(ex)));
			return FAILED;
		}
	}

	/**
	 * The innermost cause, which names what went wrong (the database refused, the disk).
	 */
	static String cause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return String.join(" ", message.split("\\R"));
	}

}
