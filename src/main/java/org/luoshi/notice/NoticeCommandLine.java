package org.luoshi.notice;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code luoshi parse FILE [--format json|table] [--lang zh|en]}: reads a notice and
 * prints what the importer extracted, without starting the web server. Exit 0 on success;
 * 2 with one line saying why when the file cannot be read as a notice or the command is
 * used wrongly. Its texts come from the message files, in Chinese unless
 * {@code --lang en} asks for English.
 */
public final class NoticeCommandLine {

	public static final int OK = 0;

	public static final int REFUSED = 2;

	private NoticeCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && "parse".equals(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		MessageFiles words = MessageFiles.CHINESE;
		String lang = option(args, "--lang");
		if (lang != null) {
			if (!lang.equals("zh") && !lang.equals("en")) {
				err.println(words.text("notice.cli.bad-lang", lang));
				return REFUSED;
			}
			words = MessageFiles.in(Locale.forLanguageTag(lang));
		}
		NoticeMessage usage = NoticeMessage.of("notice.cli.usage");
		String file = null;
		String format = "json";
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if ((arg.equals("--format") || arg.equals("--lang")) && i + 1 < args.length) {
				format = arg.equals("--format") ? args[i + 1] : format;
				i++;
			}
			else if (arg.startsWith("--format=")) {
				format = arg.substring("--format=".length());
			}
			else if (arg.startsWith("--lang=")) {
				continue;
			}
			else if (arg.startsWith("--")) {
				err.println(words.text("notice.cli.unknown-option", arg, usage));
				return REFUSED;
			}
			else if (file == null) {
				file = arg;
			}
			else {
				err.println(words.text("notice.cli.second-file", arg, usage));
				return REFUSED;
			}
		}
		if (file == null) {
			err.println(words.text("notice.cli.no-file", usage));
			return REFUSED;
		}
		if (!format.equals("json") && !format.equals("table")) {
			err.println(words.text("notice.cli.bad-format", format));
			return REFUSED;
		}
		return parse(Path.of(file), format, words, out, err);
	}

	private static int parse(Path path, String format, MessageFiles words, PrintStream out, PrintStream err) {
		try {
			if (Files.isDirectory(path)) {
				throw new NoticeFormatException("directory", path.toString());
			}
			NoticeText text = NoticeReader.read(path);
			NoticeDraft draft = NoticeParser.parse(text);
			out.print(format.equals("json") ? NoticeJson.write(draft, path.getFileName().toString(), words)
					: NoticeTable.write(draft, words));
			out.flush();
			return OK;
		}
		catch (NoticeFormatException ex) {
			String message = oneLine(words.text(ex.text()));
			String name = String.valueOf(path.getFileName());
			err.println(message.contains(name) ? words.text("notice.cli.refused", message)
					: words.text("notice.cli.refused-file", name, message));
			return REFUSED;
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			// never a stack trace for the user; the message says what to send to the
			// developers
			err.println(words.text("notice.cli.internal-error", path.getFileName(), ex.getClass().getSimpleName()));
			return REFUSED;
		}
	}

	/** The value of an option given as {@code --name value} or {@code --name=value}. */
	private static String option(String[] args, String name) {
		String value = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals(name) && i + 1 < args.length) {
				value = args[++i];
			}
			else if (args[i].startsWith(name + "=")) {
				value = args[i].substring(name.length() + 1);
			}
		}
		return value;
	}

	private static String oneLine(String message) {
		return (message == null) ? "" : String.join(" ", List.of(message.split("\\R")));
	}

}
