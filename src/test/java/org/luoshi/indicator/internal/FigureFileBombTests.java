package org.luoshi.indicator.internal;

import org.junit.jupiter.api.Test;
import org.luoshi.common.ZipBombs;
import org.luoshi.indicator.ValueFileRefused;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A file of figures that is an .xlsx zip bomb is refused before POI unpacks it. */
class FigureFileBombTests {

	@Test
	void anXlsxZipBombIsRefused() {
		assertThatExceptionOfType(ValueFileRefused.ZipBomb.class)
			.isThrownBy(() -> FigureFile.read(ZipBombs.xlsx(), "figures.xlsx"));
	}

}
