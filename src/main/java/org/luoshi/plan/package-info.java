/**
 * The plan outline (规划纲要) as the planning office confirmed it: Plan → Chapter → Section →
 * Task, and who answers for each task (lead, responsible, by-duty). Its root package is
 * the read API that screens and other modules use; the store behind it lives in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.luoshi.plan;
