package org.luoshi.installation.internal.synthetic;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.luoshi.common.ComparedText;
import org.luoshi.common.Vocabulary;

/**
 * Writes every government's region and organisations: the government itself
 * ({@code 长春市人民政府}, known as {@code 长春市政府}) and its departments, the most often named
 * first: a province has 55 to 70, a prefecture 35 to 50, a county 20 to 35. Each
 * organisation bears its official name and its short name with the region in front
 * ({@code 长春市发展改革委}), both unique in the country; its own notice writes it without the
 * region ({@code 市发展改革委}).
 */
@Vocabulary("the suffixes of government names")
final class DirectoryWriter {

	private final Rows rows;

	private final Ids ids;

	private final List<SyntheticWords.Department> departments;

	private final OffsetDateTime at;

	DirectoryWriter(Rows rows, Ids ids, List<SyntheticWords.Department> departments, OffsetDateTime at) {
		this.rows = rows;
		this.ids = ids;
		this.departments = departments;
		this.at = at;
	}

	void write(Government government, Random random) {
		government.regionId = this.ids.next(Table.REGION);
		this.rows.add(Table.REGION, government.regionId, government.name, government.shortName, government.level,
				(government.parent == null) ? null : government.parent.regionId);
		government.organisationId = organisation(government.name + "政府", government.organisationKind(),
				government.regionId, government.name + "人民政府");
		int least = switch (government.level) {
			case "province" -> 55;
			case "city" -> 35;
			default -> 20;
		};
		government.departments = Math.min(this.departments.size(), least + random.nextInt(16));
		for (int i = 0; i < government.departments; i++) {
			SyntheticWords.Department department = this.departments.get(i);
			long id = organisation(department.shortName(government.name), department.kind(), government.regionId,
					department.official(government.name));
			if (i == 0) {
				government.firstDepartmentId = id;
			}
		}
	}

	/** The name written in the government's own notice for one of its departments. */
	String writtenName(Government government, int department) {
		return this.departments.get(department).shortName(government.levelWord);
	}

	private long organisation(String name, String kind, long region, String official) {
		long id = this.ids.next(Table.ORGANISATION);
		this.rows.add(Table.ORGANISATION, id, name, kind, region, false, this.at);
		String compared = ComparedText.of(name);
		String officialCompared = ComparedText.of(official);
		if (!officialCompared.equals(compared)) {
			this.rows.add(Table.ORGANISATION_NAME, this.ids.next(Table.ORGANISATION_NAME), id, official,
					officialCompared, "official");
			this.rows.add(Table.ORGANISATION_NAME, this.ids.next(Table.ORGANISATION_NAME), id, name, compared, "short");
		}
		else {
			this.rows.add(Table.ORGANISATION_NAME, this.ids.next(Table.ORGANISATION_NAME), id, name, compared,
					"official");
		}
		return id;
	}

}
