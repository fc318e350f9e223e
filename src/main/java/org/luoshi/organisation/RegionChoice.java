package org.luoshi.organisation;

/**
 * A region as a picker offers it: its id, and its name after its province's or city's.
 */
public record RegionChoice(long id, String name) {

}
