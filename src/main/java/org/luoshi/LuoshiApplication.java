package org.luoshi;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.luoshi.audit.AuditCommandLine;
import org.luoshi.common.PinnableClock;
import org.luoshi.installation.GenerateCommandLine;
import org.luoshi.installation.InstallationCommandLine;
import org.luoshi.notice.NoticeCommandLine;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

/**
 * Luoshi: carries a development plan from the division notice to done. {@code parse FILE}
 * runs the notice importer on the command line without starting the server;
 * {@code audit verify} checks the audit log's hash chain against the configured database;
 * {@code export FILE} and {@code import FILE} back up and restore the whole installation
 * without the web server; {@code generate --governments N} fills an empty database with
 * synthetic plans; anything else starts the web application. Scheduled jobs (reminders,
 * successions taking effect) run on one scheduler; tests turn their crons off.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "common")
public class LuoshiApplication {

	public static void main(String[] args) {
		if (NoticeCommandLine.handles(args)) {
			command((out, err) -> NoticeCommandLine.run(args, out, err));
		}
		if (AuditCommandLine.handles(args)) {
			command((out, err) -> AuditCommandLine.run(LuoshiApplication.class, args, out, err));
		}
		if (InstallationCommandLine.handles(args)) {
			// backup and restore: the application without its web server, on the same
			// datasource settings as the server
			command((out, err) -> InstallationCommandLine.run(LuoshiApplication.class, args, out, err));
		}
		if (GenerateCommandLine.handles(args)) {
			// synthetic plans at national scale into an empty database, for trying the
			// pages and measuring them
			command((out, err) -> GenerateCommandLine.run(LuoshiApplication.class, args, out, err));
		}
		SpringApplication.run(LuoshiApplication.class, args);
	}

	/** A command run from the console, written out in UTF-8, its status the exit code. */
	private interface Command {

		int run(PrintStream out, PrintStream err);

	}

	// UTF-8 whatever the terminal's locale, so that Chinese never comes out as question
	// marks
	private static void command(Command command) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int status = command.run(out, err);
		out.flush();
		System.exit(status);
	}

	/**
	 * The one clock every module reads "now" from, so that tests can set the day
	 * (deadlines, reminders) and the demo loader can write a past year as on its days.
	 */
	@Bean
	Clock clock() {
		return new PinnableClock(Clock.systemDefaultZone());
	}

}
