package org.luoshi.web;

import java.util.List;

import org.luoshi.plan.PlanCatalogue;
import org.luoshi.plan.PlanOverview;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: every imported plan with its chapters and how many sections and tasks
 * each holds, or a note that nothing has been imported yet.
 */
@Controller
class HomeController {

	// The plan store may not be there (a fresh installation, or a slice test): then the
	// page shows its empty state instead of failing to start.
	private final ObjectProvider<PlanCatalogue> catalogue;

	HomeController(ObjectProvider<PlanCatalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("plans", plans());
		return "home";
	}

	private List<PlanOverview> plans() {
		PlanCatalogue plans = this.catalogue.getIfAvailable();
		return (plans != null) ? plans.plans() : List.of();
	}

}
