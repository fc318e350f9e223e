package org.luoshi.evaluation.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Chinese font the report's PDF and charts are drawn in: Noto Sans SC (SIL Open Font
 * License 1.1) as TrueType from a Maven artifact on the class path, never a font of the
 * machine, so that every server draws the same report. Read once.
 */
public final class ReportFont {

	private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private ReportFont() {
	}

	/** The regular weight's TrueType bytes. */
	public static byte[] regular() {
		return Holder.REGULAR_BYTES;
	}

	/** The bold weight's TrueType bytes. */
	public static byte[] bold() {
		return Holder.BOLD_BYTES;
	}

	/** The regular weight for Java 2D (the charts), at the size given. */
	public static Font awt(float size, boolean bold) {
		return (bold ? Holder.AWT_BOLD : Holder.AWT_REGULAR).deriveFont(size);
	}

	private static byte[] read(String resource) {
		try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The report font " + resource + " is not on the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Font awt(byte[] bytes) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("The report font cannot be read", ex);
		}
	}

	// loaded on first use, once per JVM
	private static final class Holder {

		static final byte[] REGULAR_BYTES = read(REGULAR);

		static final byte[] BOLD_BYTES = read(BOLD);

		static final Font AWT_REGULAR = awt(REGULAR_BYTES);

		static final Font AWT_BOLD = awt(BOLD_BYTES);

	}

}
