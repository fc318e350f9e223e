package org.luoshi.plan;

/**
 * One chapter of a plan — （一）…（十三） in the notice — with how many sections and tasks it
 * holds.
 */
public record ChapterOverview(int number, String title, int sectionCount, int taskCount) {
}
