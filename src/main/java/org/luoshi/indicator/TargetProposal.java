package org.luoshi.indicator;

import java.math.BigDecimal;

/**
 * A revised target as the planning office proposes it.
 *
 * @param target the new target
 * @param targetUpper the new upper bound of a range; null keeps none
 * @param fromYear the first year to be judged against it
 * @param reason why the target changes (中期评估调整, 国家下达目标调整…); required
 */
public record TargetProposal(BigDecimal target, BigDecimal targetUpper, Integer fromYear, String reason) {

}
