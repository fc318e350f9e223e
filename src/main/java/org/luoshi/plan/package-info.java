/**
 * The plan outline (规划纲要) as the planning office confirmed it: Plan → Chapter → Section →
 * Task, and who answers for each task (lead, responsible, by-duty). Its root package is
 * the read API that screens and other modules use; the store behind it lives in
 * {@code internal}.
 * <p>
 * It depends on {@code notice}, whose importer reads a division notice into the draft
 * that an import confirms; on {@code organisation} for the responsible organisations,
 * referred to by id and resolved from the names the notice writes; on {@code security}
 * because only the planning office imports notices and corrects tasks; and on the shared
 * {@code common}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan",
		allowedDependencies = { "notice", "organisation", "security", "common" })
package org.luoshi.plan;
