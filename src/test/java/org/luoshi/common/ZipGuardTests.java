package org.luoshi.common;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one zip bomb guard: a .docx notice that unpacks to 250 MB is refused by name before
 * POI reads it, and the guard itself tells a bomb from a sound package.
 */
class ZipGuardTests {

	@Test
	void aBombIsTooBigAndASmallPackageSound() {
		byte[] bomb = ZipBombs.docx();
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		assertThat(ZipGuard.check(bomb)).isEqualTo(ZipGuard.Verdict.TOO_BIG);
		assertThat(ZipGuard.check(ZipBombs.xlsx())).isEqualTo(ZipGuard.Verdict.TOO_BIG);
		assertThat(ZipGuard.check(new byte[] { 'P', 'K', 3, 4 })).isEqualTo(ZipGuard.Verdict.DAMAGED);
	}

	@Test
	void aDocxNoticeThatIsAZipBombIsRefusedBeforeItIsRead() {
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(ZipBombs.docx(), "通知.docx"))
			.satisfies((refused) -> assertThat(refused.code()).isEqualTo("zip-bomb"));
	}

}
