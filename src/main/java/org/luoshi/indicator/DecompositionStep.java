package org.luoshi.indicator;

import java.time.OffsetDateTime;

/**
 * One step of a decomposition: from which state (null when drafted) to which, why, who
 * and when.
 */
public record DecompositionStep(DecompositionState from, DecompositionState to, String reason, String actor,
		OffsetDateTime at) {

}
