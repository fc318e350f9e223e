package org.luoshi.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server (GreenMail) the reporting tests point {@code spring.mail.*} at, and
 * the mails it received read back as recipient, subject and text.
 */
final class ReportingMail {

	/** One mail as received. */
	record Mail(List<String> to, String subject, String text) {
	}

	static final int PORT = freePort();

	private ReportingMail() {
	}

	static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	static List<Mail> received(GreenMailExtension server) {
		return Arrays.stream(server.getReceivedMessages()).map(ReportingMail::read).toList();
	}

	private static Mail read(MimeMessage message) {
		try {
			List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
			return new Mail(to, message.getSubject(), String.valueOf(message.getContent()));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
