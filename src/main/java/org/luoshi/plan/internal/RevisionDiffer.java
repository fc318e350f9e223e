package org.luoshi.plan.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.plan.RevisionDiff;

/**
 * Matches the tasks of a revised notice to the tasks in the register: first by their
 * words (a task keeps its identity however its number moves), then by their number (same
 * place, new words). What is left is added or removed. Pure: it reads two lists and
 * returns the match.
 */
public final class RevisionDiffer {

	private RevisionDiffer() {
	}

	/**
	 * A task as the diff sees it.
	 *
	 * @param id the stored task's id; null for a task of the revised notice
	 * @param code chapter.section.n
	 * @param comparedText the words in compared form
	 * @param text the words as written
	 * @param assignments organisation ids with their roles, in written order, e.g.
	 * "12:lead,7:responsible"
	 * @param names the responsible names as written, for showing the change
	 */
	public record Item(Long id, String code, String comparedText, String text, String assignments, String names) {
	}

	/**
	 * The outcome: for each revised task in order the stored task it continues (or null),
	 * and what was removed.
	 */
	public record Match(List<Long> continues, List<Item> removed, RevisionDiff diff) {
	}

	static Match match(List<Item> stored, List<Item> revised) {
		Map<String, Deque<Item>> byText = new HashMap<>();
		Map<String, Item> byCode = new LinkedHashMap<>();
		for (Item item : stored) {
			byText.computeIfAbsent(item.comparedText(), k -> new ArrayDeque<>()).add(item);
			byCode.put(item.code(), item);
		}
		Item[] matched = new Item[revised.size()];
		java.util.Set<Long> used = new java.util.HashSet<>();
		for (int i = 0; i < revised.size(); i++) {
			Deque<Item> same = byText.get(revised.get(i).comparedText());
			if (same != null && !same.isEmpty()) {
				matched[i] = same.poll();
				used.add(matched[i].id());
			}
		}
		for (int i = 0; i < revised.size(); i++) {
			if (matched[i] == null) {
				Item sameCode = byCode.get(revised.get(i).code());
				if (sameCode != null && !used.contains(sameCode.id())) {
					matched[i] = sameCode;
					used.add(sameCode.id());
				}
			}
		}
		List<Long> continues = new ArrayList<>();
		List<RevisionDiff.TaskChange> added = new ArrayList<>();
		List<RevisionDiff.TaskChange> changed = new ArrayList<>();
		List<RevisionDiff.TaskChange> reassigned = new ArrayList<>();
		int unchanged = 0;
		for (int i = 0; i < revised.size(); i++) {
			Item now = revised.get(i);
			Item before = matched[i];
			continues.add(before == null ? null : before.id());
			if (before == null) {
				added.add(new RevisionDiff.TaskChange(now.code(), null, null, now.text()));
				continue;
			}
			boolean sameText = before.comparedText().equals(now.comparedText());
			boolean sameAssignments = before.assignments().equals(now.assignments());
			if (!sameText) {
				changed.add(new RevisionDiff.TaskChange(now.code(), before.id(), before.text(), now.text()));
			}
			if (!sameAssignments) {
				reassigned.add(new RevisionDiff.TaskChange(now.code(), before.id(), before.names(), now.names()));
			}
			if (sameText && sameAssignments) {
				unchanged++;
			}
		}
		List<Item> removed = stored.stream().filter(item -> !used.contains(item.id())).toList();
		List<RevisionDiff.TaskChange> removedChanges = removed.stream()
			.map(item -> new RevisionDiff.TaskChange(item.code(), item.id(), item.text(), null))
			.toList();
		return new Match(continues, removed, new RevisionDiff(added, removedChanges, changed, reassigned, unchanged));
	}

}
