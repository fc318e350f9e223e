/**
 * The directory of responsible organisations (责任单位): departments, party organs, courts,
 * governments, state enterprises, associations and collective names such as 各市（州）政府 with
 * their members; every name and alias they bear, the region they belong to, and their
 * renames and mergers in institutional reforms, with the history of every change. Other
 * modules refer to organisations by id through {@link OrganisationDirectory} and learn of
 * successions from {@link OrganisationSucceeded}; they read regions, a province and its
 * cities, through {@link RegionDirectory}. It depends on nothing but the shared
 * {@code common} module, for the compared form of names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "common")
package org.luoshi.organisation;
