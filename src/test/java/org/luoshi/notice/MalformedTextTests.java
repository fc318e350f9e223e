package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Text that is neither UTF-8 nor GB18030 — a GBK notice with a byte sequence no GB18030
 * decoder accepts — is refused with a message naming the file and the byte at fault,
 * never decoded into replacement characters.
 */
class MalformedTextTests {

	@Test
	void malformedGb18030IsRefusedNamingTheOffset() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] good = "吉林省人民政府关于印发国民经济和社会发展规划纲要重点工作分工的通知\n".getBytes(Charset.forName("GB18030"));
		bytes.write(good);
		// a lead byte followed by a byte no GB18030 sequence allows
		bytes.write(new byte[] { (byte) 0x81, (byte) 0x7f, 'a', '\n' });
		bytes.write(good);
		assertThatExceptionOfType(NoticeFormatException.class)
			.isThrownBy(() -> NoticeReader.read(bytes.toByteArray(), "通知.txt"))
			.satisfies((refused) -> {
				assertThat(refused.code()).isEqualTo("not-utf8-nor-gb18030");
				assertThat(refused.arguments()).anySatisfy((a) -> assertThat(String.valueOf(a)).contains("通知.txt"));
				assertThat(refused.arguments())
					.anySatisfy((a) -> assertThat(String.valueOf(a)).isEqualTo(String.valueOf(good.length)));
			});
	}

}
