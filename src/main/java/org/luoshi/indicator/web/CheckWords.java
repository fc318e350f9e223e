package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.indicator.CheckMethod;
import org.luoshi.indicator.DecompositionCheck;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The check of a split in the words of the page: what the city targets come to and how
 * far that lies from the provincial target, in the indicator's unit ("合计 548.2 万公顷，比全省目标少
 * 4.8 万公顷"), or which cities still lack a target or weight. A cap is held from above, so
 * for it being under the target is within and over it is the excess.
 */
final class CheckWords {

	private final MessageSource messages;

	CheckWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The sum or weighted average against the target; null while cities are missing. */
	String outcome(DecompositionCheck check, String unit) {
		if (check.combined() == null) {
			return null;
		}
		boolean weighted = check.method() == CheckMethod.WEIGHTED;
		// the service holds rates to percentage points, whatever the notice wrote
		String shownUnit = weighted ? "%" : ((unit != null) ? unit : "");
		return message("decomposition.check." + check.method().code() + "." + outcome(check), plain(check.combined()),
				shownUnit, plain(check.gap().abs()));
	}

	/** The cities that lack a target, then those that lack a weight; empty when none. */
	List<String> missing(DecompositionCheck check) {
		List<String> missing = new ArrayList<>();
		if (!check.missingTargets().isEmpty()) {
			missing.add(message("decomposition.check.missing-targets", check.missingTargets().size(),
					String.join("、", check.missingTargets())));
		}
		if (!check.missingWeights().isEmpty()) {
			missing.add(message("decomposition.check.missing-weights", check.missingWeights().size(),
					String.join("、", check.missingWeights())));
		}
		return missing;
	}

	private static String outcome(DecompositionCheck check) {
		int sign = check.gap().signum();
		if (sign == 0) {
			return check.atMost() ? "cap-equal" : "equal";
		}
		if (check.atMost()) {
			return (sign < 0) ? "within" : "excess";
		}
		return (sign > 0) ? "surplus" : "shortfall";
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** A figure as people write it: 553, 4.8, no trailing zeros, no grouping. */
	static String plain(BigDecimal figure) {
		return (figure == null) ? "" : figure.stripTrailingZeros().toPlainString();
	}

}
