package org.luoshi.plan;

import java.util.List;

import org.luoshi.notice.NoticeDraft;

/**
 * What an uploaded notice will become, for the office to check before confirming: the
 * draft as read, the names the directory does not know, the importer's warnings and, for
 * a revision, the changes to the register.
 *
 * @param importId the pending import
 * @param fileName the file as uploaded
 * @param sha256 the digest that identifies the notice
 * @param kind new plan, already imported, or revision
 * @param planId the plan it revises or already belongs to; null for a new plan
 * @param draft what the importer read
 * @param names every responsible name with the organisation it stands for
 * @param revision the changes a revision makes; null unless {@code kind} is REVISION
 * @param parentPlanId the plan above the one it goes into (a city's plan under the
 * province's); null for none
 */
public record ImportPreview(long importId, String fileName, String sha256, ImportKind kind, Long planId,
		NoticeDraft draft, List<NameResolution> names, RevisionDiff revision, Long parentPlanId) {

	public ImportPreview {
		names = List.copyOf(names);
	}

	public List<String> unknownNames() {
		return names.stream().filter(NameResolution::unknown).map(NameResolution::writtenName).toList();
	}

	public boolean readyToConfirm() {
		return kind != ImportKind.ALREADY_IMPORTED && unknownNames().isEmpty();
	}

}
