/**
 * The append-only audit log: every {@link org.luoshi.common.Audited} event any module
 * publishes is recorded with who, what, on which subject and when, in the same
 * transaction as the change. Nobody depends on this module; it depends on
 * {@code security} because only the planning office and leaders read the log, and on the
 * shared {@code common} for the events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "security", "common" })
package org.luoshi.audit;
