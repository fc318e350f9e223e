/**
 * The plan outline (规划纲要) as the planning office confirmed it: Plan → Chapter → Section →
 * Task, and who answers for each task (lead, responsible, by-duty). Its root package is
 * the read API that screens and other modules use; the store behind it lives in
 * {@code internal}. Plans stand across levels ({@link org.luoshi.plan.TaskLinks}): a
 * city's own division notice is a plan under the province's, a province's under the
 * national plan, and each task of the lower plan is linked to the task above it carries
 * down — proposed by the likeness of their words, decided by the office or the
 * organisation that issued the lower plan.
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
