package org.luoshi.organisation;

/** One name an organisation bears, as written, and how it bears it. */
public record OrganisationName(String name, NameType type) {
}
