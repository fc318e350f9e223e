package org.luoshi.installation;

/**
 * What to generate: the first {@code provinces} provinces of the country with their
 * prefectures and counties, each government a plan of about {@code tasksPerPlan} tasks,
 * the figures and reporting cycles of the plan's first {@code years} years, all drawn
 * from {@code seed}.
 */
public record GenerationOptions(int provinces, int tasksPerPlan, long seed, int years) {

	public static final int DEFAULT_TASKS_PER_PLAN = 146;

	public static final int MAX_TASKS_PER_PLAN = 10_000;

	public static final int MAX_YEARS = 5;

}
