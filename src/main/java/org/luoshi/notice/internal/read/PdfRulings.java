package org.luoshi.notice.internal.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal rules drawn on a PDF page — a table's borders between its rows, stroked
 * as lines or filled as thin rectangles — in the coordinates of the page's text (points,
 * y growing downwards from the top of the crop box). They tell a table's rows apart where
 * its cells are centred vertically, so that a row's first line is not where its number
 * stands.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

	/** A horizontal rule from {@code left} to {@code right} at height {@code y}. */
	record Rule(float y, float left, float right) {
	}

	/** Off horizontal by less than this, in points, is horizontal. */
	private static final float LEVEL = 0.5f;

	private final PDRectangle crop;

	private final List<Rule> rules = new ArrayList<>();

	/** The current path's straight segments: x1, y1, x2, y2 in device space. */
	private final List<float[]> segments = new ArrayList<>();

	private final Point2D.Float current = new Point2D.Float();

	private final Point2D.Float start = new Point2D.Float();

	private PdfRulings(PDPage page) {
		super(page);
		this.crop = page.getCropBox();
	}

	/**
	 * The horizontal rules of a page by its index, top to bottom, each page read when it
	 * is first asked for, while the document is open.
	 */
	static IntFunction<List<Rule>> lazily(PDDocument document) {
		Map<Integer, List<Rule>> read = new HashMap<>();
		return index -> read.computeIfAbsent(index, i -> of(document.getPage(i)));
	}

	private static List<Rule> of(PDPage page) {
		PdfRulings rulings = new PdfRulings(page);
		try {
			rulings.processPage(page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		rulings.rules.sort(Comparator.comparingDouble(Rule::y));
		return List.copyOf(rulings.rules);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		segment(p0, p1);
		segment(p1, p2);
		segment(p2, p3);
		segment(p3, p0);
		current.setLocation(p0);
		start.setLocation(p0);
	}

	private void segment(Point2D from, Point2D to) {
		segments.add(new float[] { (float) from.getX(), (float) from.getY(), (float) to.getX(), (float) to.getY() });
	}

	@Override
	public void moveTo(float x, float y) {
		current.setLocation(x, y);
		start.setLocation(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		segments.add(new float[] { current.x, current.y, x, y });
		current.setLocation(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current.setLocation(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		lineTo(start.x, start.y);
	}

	@Override
	public void endPath() {
		segments.clear();
	}

	@Override
	public void strokePath() {
		paint();
	}

	@Override
	public void fillPath(int windingRule) {
		paint();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		paint();
	}

	/** The painted path's horizontal segments become rules. */
	private void paint() {
		for (float[] s : segments) {
			if (Math.abs(s[1] - s[3]) < LEVEL && Math.abs(s[0] - s[2]) > LEVEL) {
				float y = crop.getUpperRightY() - (s[1] + s[3]) / 2f;
				float left = Math.min(s[0], s[2]) - crop.getLowerLeftX();
				float right = Math.max(s[0], s[2]) - crop.getLowerLeftX();
				rules.add(new Rule(y, left, right));
			}
		}
		segments.clear();
	}

	@Override
	public void clip(int windingRule) {
		// the path that clips is ended by the operator after it
	}

	@Override
	public void drawImage(PDImage image) {
		// images draw no rules
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// shadings draw no rules
	}

}
