package org.luoshi.notice;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code luoshi parse FILE [--format json|table]}: reads a notice and prints what the
 * importer extracted, without starting the web server. Exit 0 on success; 2 with one line
 * saying why when the file cannot be read as a notice or the command is used wrongly.
 */
public final class NoticeCommandLine {

	public static final int OK = 0;

	public static final int REFUSED = 2;

	private static final String USAGE = "用法：java -jar luoshi.jar parse 文件 [--format json|table]";

	private NoticeCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && "parse".equals(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		String file = null;
		String format = "json";
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--format") && i + 1 < args.length) {
				format = args[++i];
			}
			else if (arg.startsWith("--format=")) {
				format = arg.substring("--format=".length());
			}
			else if (arg.startsWith("--")) {
				err.println("错误：不认识的选项 " + arg + "。" + USAGE);
				return REFUSED;
			}
			else if (file == null) {
				file = arg;
			}
			else {
				err.println("错误：一次只能解析一个文件，多出了 " + arg + "。" + USAGE);
				return REFUSED;
			}
		}
		if (file == null) {
			err.println("错误：没有指定要解析的文件。" + USAGE);
			return REFUSED;
		}
		if (!format.equals("json") && !format.equals("table")) {
			err.println("错误：--format 只能是 json 或 table，收到的是 " + format + "。");
			return REFUSED;
		}
		Path path = Path.of(file);
		try {
			if (Files.isDirectory(path)) {
				throw new NoticeFormatException(file + " 是一个目录，不是通知文件");
			}
			NoticeText text = NoticeReader.read(path);
			NoticeDraft draft = NoticeParser.parse(text);
			out.print(format.equals("json") ? NoticeJson.write(draft, path.getFileName().toString())
					: NoticeTable.write(draft));
			out.flush();
			return OK;
		}
		catch (NoticeFormatException ex) {
			String message = oneLine(ex.getMessage());
			String name = String.valueOf(path.getFileName());
			err.println("错误：" + (message.contains(name) ? "" : name + "：") + message);
			return REFUSED;
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			// never a stack trace for the user; the message says what to send to the
			// developers
			err.println(
					"错误：" + path.getFileName() + "：解析时出现内部错误（" + ex.getClass().getSimpleName() + "），请把这个文件发给系统维护人员");
			return REFUSED;
		}
	}

	private static String oneLine(String message) {
		return message == null ? "" : String.join(" ", List.of(message.split("\\R")));
	}

}
