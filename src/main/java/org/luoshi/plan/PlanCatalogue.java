package org.luoshi.plan;

import java.util.List;
import java.util.Optional;

/** Read access to the stored plans for screens and other modules. */
public interface PlanCatalogue {

	List<PlanOverview> plans();

	/** One plan with its chapters, read by its id alone. */
	Optional<PlanOverview> plan(long planId);

}
