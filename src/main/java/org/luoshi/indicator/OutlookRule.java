package org.luoshi.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.context.MessageSourceResolvable;

/**
 * How the mid-term outlook is decided, with its one parameter, so that every page and
 * report states the same rule ({@code indicator.outlook.rule} in the message files; the
 * rule is itself a {@link MessageSourceResolvable}):
 * <ul>
 * <li>可完成 (achievable): the target is reached already, or the trend of the figures so far
 * (least squares, {@link IndicatorArithmetic#project}) reaches it by the target
 * year;</li>
 * <li>有难度 (difficult): the trend falls short, but the yearly rate still required from the
 * latest figure is at most {@code difficultyFactor} times the yearly rate achieved since
 * the baseline year (for a reduce- or increase-by-percent indicator the compound yearly
 * rate, otherwise the change a year);</li>
 * <li>难以完成 (unlikely): otherwise — the rate still required is beyond that, there has been
 * no progress, or the target year has passed short;</li>
 * <li>for maintain, cap and range: achievable while the trend keeps the constraint to the
 * target year, difficult when it holds now but the trend breaks it, unlikely when it is
 * broken now;</li>
 * <li>无法判断 (unknown) without a figure, without the baseline a rate needs, or when a chain
 * of yearly rates misses a year.</li>
 * </ul>
 *
 * @param difficultyFactor how many times the rate so far the rate still required may be
 * and the target still count as difficult rather than unlikely
 */
public record OutlookRule(double difficultyFactor) implements MessageSourceResolvable {

	/**
	 * The rule the offices use: a rate still required up to half as fast again as so far
	 * is difficult.
	 */
	public static final OutlookRule DEFAULT = new OutlookRule(1.5);

	@Override
	@JsonIgnore
	public String[] getCodes() {
		return new String[] { "indicator.outlook.rule" };
	}

	@Override
	@JsonIgnore
	public Object[] getArguments() {
		return new Object[] {
				java.math.BigDecimal.valueOf(this.difficultyFactor).stripTrailingZeros().toPlainString() };
	}

	@Override
	@JsonIgnore
	public String getDefaultMessage() {
		return "achievable when the trend reaches the target; difficult when the rate still required is at most "
				+ this.difficultyFactor + " times the rate so far; unlikely otherwise";
	}

}
