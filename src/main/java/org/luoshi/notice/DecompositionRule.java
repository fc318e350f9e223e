package org.luoshi.notice;

import java.util.List;

/**
 * The notice's rule that binding indicators are split among localities (指标分解).
 *
 * @param indicators the indicators it names, as written without 降幅/增幅
 * @param text the rule as written
 * @param line 1-based source line
 */
public record DecompositionRule(List<String> indicators, String text, int line) {

	public DecompositionRule {
		indicators = List.copyOf(indicators);
	}

}
