/**
 * Reading departments' implementation plans (实施方案) from .docx and .xlsx into items —
 * measure, task heading, division, contact, part, milestones — and proposing the plan
 * task each item serves, by its number or by its text. Plain Java, no Spring: the
 * module's services call {@link ImplementationDocumentReader} and {@link TaskMatcher} and
 * keep nothing until the reporter confirms.
 */
package org.luoshi.implementation.internal.document;
