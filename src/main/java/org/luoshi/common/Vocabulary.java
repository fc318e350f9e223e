package org.luoshi.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose Chinese words are data, not text for a reader to translate: the
 * words notices and spreadsheets write, which the importer reads (牵头, 负责, 序号), the
 * columns and notes of a document the office exchanges in Chinese (the division sheet),
 * audit summaries recorded once as the office wrote them, demo data. Every other text a
 * person reads comes from the message files in Chinese and English; the hard-coded-text
 * test holds Java sources to that and exempts only classes marked here, with the reason.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Vocabulary {

	/** Why these words stay as written. */
	String value();

}
