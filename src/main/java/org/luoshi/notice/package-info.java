/**
 * Reading official division notices (分工通知): decoding .txt/.docx/.pdf into text and
 * parsing that text into a {@link org.luoshi.notice.NoticeDraft} — parts, chapters,
 * sections, tasks with their responsibility clauses, binding indicators and the notice's
 * work requirements. The parser is plain Java with no Spring so that the command line and
 * the benchmarks run it without an application context.
 * <p>
 * It depends on no other module: the importer's output is read by {@code plan}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice", allowedDependencies = {})
package org.luoshi.notice;
