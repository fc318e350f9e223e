package org.luoshi.installation.internal.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * A government that issues its own plan: a province, a prefecture or a county, with the
 * governments under it, whose own governments answer for tasks in its plan. Ids are given
 * when its region and organisations are written.
 */
final class Government {

	final int index;

	final Government parent;

	/** province, city or county, as region.level says it. */
	final String level;

	final String name;

	final String shortName;

	/** How its notice writes its own level before a department's name: 省, 市, 州, 县, 区. */
	final String levelWord;

	/** How many tasks its plan has. */
	final int tasks;

	final List<Government> children = new ArrayList<>();

	long regionId;

	long organisationId;

	long firstDepartmentId;

	int departments;

	Government(int index, Government parent, String level, String name, String shortName, String levelWord, int tasks) {
		this.index = index;
		this.parent = parent;
		this.level = level;
		this.name = name;
		this.shortName = shortName;
		this.levelWord = levelWord;
		this.tasks = tasks;
		if (parent != null) {
			parent.children.add(this);
		}
	}

	String organisationKind() {
		return switch (this.level) {
			case "province" -> "provincial-government";
			case "city" -> "city-government";
			default -> "county-government";
		};
	}

}
