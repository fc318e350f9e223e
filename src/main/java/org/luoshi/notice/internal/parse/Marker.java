package org.luoshi.notice.internal.parse;

/**
 * The numbering at the start of a paragraph that makes it a heading.
 *
 * @param type which numbering scheme (一、 （一） 1. （1） ① 第一章 …)
 * @param number its value
 * @param end index in the compared text just after the marker
 * @param weak a number without its dot (１加大经济合作力度): taken as a heading only where the
 * count expects it
 */
record Marker(Type type, int number, int end, boolean weak) {

	enum Type {

		/** 第一部分: above 一、 where a notice uses both */
		ARTICLE_PART,
		/** 一、 */
		PART,
		/** 第一章 */
		ARTICLE_CHAPTER,
		/** （一） */
		CHAPTER,
		/** 第一节 */
		ARTICLE_SECTION,
		/** 1. 1、 ⒈ */
		SECTION,
		/** （1） ⑴ */
		ITEM,
		/** ① */
		CIRCLED

	}

}
