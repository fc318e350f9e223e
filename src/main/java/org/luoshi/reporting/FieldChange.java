package org.luoshi.reporting;

/**
 * One field that differs between two submitted versions.
 *
 * @param section entry, figure or attachment
 * @param subject the task code, indicator name or file name
 * @param field the field: status, done, figures, problems, nextSteps, consolidated,
 * value, source, file
 * @param before its value in the earlier version, null when it was not there
 * @param after its value in the later version, null when it is gone
 */
public record FieldChange(String section, String subject, String field, String before, String after) {

}
