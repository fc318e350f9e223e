package org.luoshi.installation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.installation.internal.Words;
import org.luoshi.installation.internal.synthetic.SyntheticGenerator;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code luoshi generate --governments N [--tasks-per-plan T] [--seed S] [--years Y]}
 * with the server's datasource settings and {@code --lang zh|en}: starts the application
 * without its web server, demo data or jobs, fills the empty database with synthetic
 * plans, showing the tasks written so far on standard error, and says what it wrote in
 * one line. Exit 0 on success; 2 with the option and what it expects when an option is
 * wrong, or when the database already holds organisations or plans; 1 when the
 * application or its database could not be reached or the writing failed.
 */
public final class GenerateCommandLine {

	private static final String GENERATE = "generate";

	// progress at most this often: a line per plan would scroll thousands of lines
	private static final long PROGRESS_NANOS = 2_000_000_000L;

	private GenerateCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && GENERATE.equals(args[0]);
	}

	/** What the command line asked for, or why it cannot be run. */
	record Request(GenerationOptions options, List<String> spring, String lang, String refusal) {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Request request = read(args);
		Words words = Words.in(request.lang());
		if (request.refusal() != null) {
			err.println(request.refusal());
			return InstallationCommandLine.REFUSED;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties("logging.threshold.console=OFF")
				.run(request.spring().toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			err.println(words.text("installation.cli.no-start", InstallationCommandLine.cause(ex)));
			return InstallationCommandLine.FAILED;
		}
		try (context) {
			SyntheticInstallation generator = context.getBean(SyntheticInstallation.class);
			GenerationOptions options = request.options();
			generator.requireEmpty();
			SyntheticInstallation.Plan plan = generator.plan(options);
			err.println(words.text("installation.generate.start", plan.plans(), options.provinces(), plan.tasks(),
					options.seed()));
			long started = System.nanoTime();
			long[] shown = { started };
			GenerationSummary summary = generator.generate(options, (done, total) -> {
				long now = System.nanoTime();
				if (now - shown[0] >= PROGRESS_NANOS || done == total) {
					shown[0] = now;
					err.println(words.text("installation.generate.progress", done, total, done * 100 / total,
							(now - started) / 1_000_000_000L));
				}
			});
			Map<String, Long> rows = summary.rows();
			out.println(words.text("installation.generate.done", rows.getOrDefault("plan", 0L),
					rows.getOrDefault("organisation", 0L), rows.getOrDefault("task", 0L),
					rows.getOrDefault("assignment", 0L), rows.getOrDefault("indicator", 0L),
					rows.getOrDefault("indicator_value", 0L), rows.getOrDefault("progress_report", 0L),
					rows.getOrDefault("report_entry", 0L), summary.took().toSeconds(), options.seed()));
			out.flush();
			err.println(words.text("installation.generate.next"));
			return InstallationCommandLine.OK;
		}
		catch (InstallationRefusal ex) {
			err.println(words.text("installation.cli.refused", words.text(ex.code(), ex.arguments().toArray())));
			return InstallationCommandLine.REFUSED;
		}
		catch (RuntimeException ex) {
			err.println(words.text("installation.generate.failed", InstallationCommandLine.cause(ex)));
			return InstallationCommandLine.FAILED;
		}
	}

	/** Reads the options; the first one wrong is the refusal, in the language asked. */
	static Request read(String[] args) {
		String lang = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--lang") && i + 1 < args.length) {
				lang = args[i + 1];
			}
			else if (args[i].startsWith("--lang=")) {
				lang = args[i].substring("--lang=".length());
			}
		}
		if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
			return new Request(null, List.of(), null, Words.in("zh").text("installation.cli.bad-lang", lang));
		}
		Words words = Words.in(lang);
		String usage = words.text("installation.generate.usage");
		Integer governments = null;
		int tasksPerPlan = GenerationOptions.DEFAULT_TASKS_PER_PLAN;
		long seed = 1;
		int years = 1;
		List<String> spring = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean ours = List.of("--governments", "--tasks-per-plan", "--seed", "--years", "--lang").contains(name);
			if (!ours) {
				if (name.startsWith("--luoshi.demo.")
						|| InstallationCommandLine.FIXED.stream().anyMatch((fixed) -> fixed.startsWith(name + "="))) {
					// what every run is given below, whatever was asked
					continue;
				}
				if (arg.startsWith("--") && arg.contains("=") && name.contains(".")) {
					// a Spring setting (the datasource, a profile); the fixed ones below
					// win
					spring.add(arg);
					continue;
				}
				return refused(words.text("installation.generate.unknown-option", arg, usage), lang);
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				return refused(words.text("installation.generate.missing-value", name, expected(words, name), usage),
						lang);
			}
			Long number = name.equals("--lang") ? Long.valueOf(0) : number(value);
			boolean fits = switch (name) {
				case "--governments" -> number != null && number >= 1 && number <= SyntheticGenerator.maxProvinces();
				case "--tasks-per-plan" ->
					number != null && number >= 1 && number <= GenerationOptions.MAX_TASKS_PER_PLAN;
				case "--years" -> number != null && number >= 0 && number <= GenerationOptions.MAX_YEARS;
				default -> number != null;
			};
			if (!fits) {
				return refused(
						words.text("installation.generate.bad-option", name, value, expected(words, name), usage),
						lang);
			}
			switch (name) {
				case "--governments" -> governments = number.intValue();
				case "--tasks-per-plan" -> tasksPerPlan = number.intValue();
				case "--seed" -> seed = number;
				case "--years" -> years = number.intValue();
				default -> {
				}
			}
		}
		if (governments == null) {
			return refused(words.text("installation.generate.missing-option", "--governments",
					expected(words, "--governments"), usage), lang);
		}
		spring.addAll(InstallationCommandLine.FIXED);
		return new Request(new GenerationOptions(governments, tasksPerPlan, seed, years), spring, lang, null);
	}

	private static Request refused(String message, String lang) {
		return new Request(null, List.of(), lang, message);
	}

	private static String expected(Words words, String option) {
		return words.text("installation.generate.expect." + option.substring(2),
				(Object) String.valueOf(SyntheticGenerator.maxProvinces()));
	}

	private static Long number(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
