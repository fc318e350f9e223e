package org.luoshi.installation;

import java.util.List;

/**
 * Why an export or import was refused, as a key of the message files and its arguments:
 * the command line says it in the user's language and exits non-zero. Nothing is written
 * when an import is refused.
 */
public class InstallationRefusal extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	public InstallationRefusal(String code, Object... arguments) {
		this(null, code, arguments);
	}

	public InstallationRefusal(Throwable cause, String code, Object... arguments) {
		super(code + " " + List.of(arguments).stream().map(String::valueOf).toList(), cause);
		this.code = code;
		this.arguments = List.of(arguments).stream().map((a) -> (Object) String.valueOf(a)).toList();
	}

	public String code() {
		return this.code;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
