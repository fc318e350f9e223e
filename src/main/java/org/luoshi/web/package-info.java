/**
 * What every screen shares and nothing else: the page layout, the home page, error pages
 * and RFC 9457 problem responses for {@code /api/**}, the language switch (中文 / English),
 * the OpenAPI description and the start-up notice on the console. It holds no business
 * logic; the home page reads plans through {@link org.luoshi.plan.PlanCatalogue} only,
 * which is why {@code plan} is an allowed dependency. Other modules add lines to the
 * start-up notice by declaring a {@link org.luoshi.common.StartupNotice} bean; signing in
 * and who is signed in are the {@code security} module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = "plan")
package org.luoshi.web;
