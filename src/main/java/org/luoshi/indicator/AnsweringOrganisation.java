package org.luoshi.indicator;

/** An organisation that answers for an indicator, and whether it leads. */
public record AnsweringOrganisation(long id, String name, boolean lead) {

}
