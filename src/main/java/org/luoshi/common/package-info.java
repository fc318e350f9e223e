/**
 * What every module may use without declaring a dependency: the one base of every refusal
 * ({@link Refusal}, with {@link Worded} values named in words) that the problem details
 * and the pages put into the reader's language; the compared form of names
 * ({@link ComparedText}); a page of results ({@link Page}); the audit event every write
 * publishes ({@link Audited}); and {@link StartupNotice}, through which any module adds
 * lines to the console notice printed once the server is up; and for the demo loaders,
 * the marker of demo data being written ({@link Illustrative}) and the application clock
 * that work on one thread may pin to a past day ({@link PinnableClock}). Nothing here has
 * behaviour beyond its own value and thread. Declared shared in
 * {@link org.luoshi.LuoshiApplication}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", allowedDependencies = {})
package org.luoshi.common;
