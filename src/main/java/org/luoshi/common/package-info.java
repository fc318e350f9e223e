/**
 * Small value types that every module may use without declaring a dependency (plan
 * period, year, deadline), the compared form of names ({@link ComparedText}), and
 * {@link StartupNotice}, through which any module adds lines to the console notice
 * printed once the server is up; nothing with behaviour beyond its own value. Declared
 * shared in {@link org.luoshi.LuoshiApplication}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package org.luoshi.common;
