package org.luoshi;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.luoshi.common.PinnableClock;
import org.luoshi.notice.NoticeCommandLine;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

/**
 * Luoshi: carries a development plan from the division notice to done. {@code parse FILE}
 * runs the notice importer on the command line without starting the server; anything else
 * starts the web application. Scheduled jobs (reminders, successions taking effect) run
 * on one scheduler; tests turn their crons off.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "common")
public class LuoshiApplication {

	public static void main(String[] args) {
		if (NoticeCommandLine.handles(args)) {
			// UTF-8 whatever the terminal's locale, so that Chinese never comes out as
			// question marks
			PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
			PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
			int status = NoticeCommandLine.run(args, out, err);
			out.flush();
			System.exit(status);
		}
		SpringApplication.run(LuoshiApplication.class, args);
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
