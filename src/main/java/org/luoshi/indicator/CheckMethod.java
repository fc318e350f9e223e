package org.luoshi.indicator;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How city targets are held against the provincial one: absolute quantities (万公顷, 万套) by
 * their sum, intensities and rates (energy per unit of GDP −16 %) by their average
 * weighted by each city's GDP or energy use.
 */
public enum CheckMethod {

	SUM("sum"), WEIGHTED("weighted");

	private final String code;

	CheckMethod(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public static CheckMethod of(String code) {
		return (WEIGHTED.code.equals(code)) ? WEIGHTED : SUM;
	}

}
