package org.luoshi.plan;

import java.util.List;

/** Read access to the stored plans for screens and other modules. */
public interface PlanCatalogue {

	List<PlanOverview> plans();

}
