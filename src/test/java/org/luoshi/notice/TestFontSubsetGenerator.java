package org.luoshi.notice;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Writes {@code src/test/resources/fonts/wqy-microhei-subset.ttf}: the glyphs of
 * WenQuanYi Micro Hei (Apache License 2.0) for printable ASCII and every other character
 * of the test sources that render PDFs with it, so that tests can write Chinese into a
 * PDF on a machine without CJK fonts. It is a program, not a test; run it again after
 * giving those tests new characters (a missing glyph fails with "No glyph for U+…"):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.luoshi.notice.TestFontSubsetGenerator [font.ttc]
 * </pre>
 */
public final class TestFontSubsetGenerator {

	static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	static final String OUTPUT = "src/test/resources" + DivisionTablePdf.FONT;

	/** The tests whose text goes into PDFs. */
	static final List<String> SOURCES = List.of("src/test/java/org/luoshi/notice/DivisionTableTests.java",
			"src/test/java/org/luoshi/notice/DivisionTablePdf.java");

	/** The tables a PDF reader needs: outlines, metrics, the character map and names. */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "name",
			"OS/2", "post");

	private TestFontSubsetGenerator() {
	}

	public static void main(String[] args) throws IOException {
		TreeSet<Integer> characters = new TreeSet<>();
		for (int c = 0x20; c < 0x7F; c++) {
			characters.add(c);
		}
		for (String source : SOURCES) {
			Files.readString(Path.of(source), StandardCharsets.UTF_8)
				.codePoints()
				.filter(c -> c >= 0x80 && !Character.isWhitespace(c))
				.forEach(characters::add);
		}
		try (TrueTypeCollection collection = new TrueTypeCollection(
				new File(args.length > 0 ? args[0] : DEFAULT_FONT))) {
			TrueTypeFont[] regular = new TrueTypeFont[1];
			collection.processAllFonts((font) -> {
				if (regular[0] == null && !font.getName().contains("Mono")) {
					regular[0] = font;
				}
			});
			TTFSubsetter subsetter = new TTFSubsetter(regular[0], TABLES);
			characters.forEach(subsetter::add);
			try (OutputStream out = new FileOutputStream(OUTPUT)) {
				subsetter.writeToStream(out);
			}
		}
		System.out.println("written " + OUTPUT + ", " + characters.size() + " characters, " + new File(OUTPUT).length()
				+ " bytes");
	}

}
