/**
 * Small value types that every module may use without declaring a dependency (plan
 * period, year, deadline) and the compared form of names ({@link ComparedText}); nothing
 * with behaviour beyond its own value. Declared shared in
 * {@link org.luoshi.LuoshiApplication}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package org.luoshi.common;
