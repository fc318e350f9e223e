/**
 * The append-only audit log: every {@link org.luoshi.common.Audited} event any module
 * publishes is recorded with who, what, on which subject and when, in the same
 * transaction as the change. Nobody depends on this module; it depends only on the shared
 * {@code common} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.luoshi.audit;
