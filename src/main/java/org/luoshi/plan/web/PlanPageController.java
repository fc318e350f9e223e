package org.luoshi.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.plan.internal.sheet.DivisionSheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.luoshi.plan.LinkRefusal;
import org.luoshi.plan.TaskLinks;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The plan overview: chapters and sections as a tree with every task and who answers for
 * it, narrowed by words, organisation, role and chapter — the whole page for a normal
 * request, only the results for htmx — and the division spreadsheet to download.
 */
@Controller
class PlanPageController {

	private final PlanRegister register;

	private final TaskLinks links;

	private final MessageSource messages;

	PlanPageController(PlanRegister register, TaskLinks links, MessageSource messages) {
		this.messages = messages;
		this.register = register;
		this.links = links;
	}

	/** The only plan, or the list of plans on the home page when there are several. */
	@GetMapping("/plans")
	String plans() {
		List<PlanOverview> plans = this.register.plans();
		return (plans.size() == 1) ? "redirect:/plans/" + plans.get(0).id() : "redirect:/";
	}

	@GetMapping("/plans/{id}")
	String overview(@PathVariable long id, TaskQuery query,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
			HttpServletResponse response, Model model) {
		// the same address answers the whole page or the results: caches must tell them
		// apart
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		PlanOverview plan = this.register.plan(id);
		TaskFilter filter = query.filter();
		model.addAttribute("plan", plan);
		model.addAttribute("planId", id);
		model.addAttribute("query", query);
		// unnarrowed, the chapters show their counts and fetch their tasks when opened;
		// a search reads only the tasks it finds, up to a page
		PlanTree tree = filter.isEmpty() ? PlanTree.chapters(plan, this.register.structure(id)) : PlanTree.found(plan,
				this.register.structure(id), this.register.tasks(id, filter, 0, PlanTree.MOST_FOUND_SHOWN));
		model.addAttribute("tree", tree);
		if (htmx != null && restore == null) {
			return "plan/overview :: results";
		}
		model.addAttribute("organisations", AssignmentRoles.organisationsOf(this.register.organisationsOf(id)));
		model.addAttribute("roles", AssignmentRoles.ALL);
		List<PlanOverview> plans = this.register.plans();
		Long above = this.links.parentOf(id);
		model.addAttribute("above",
				plans.stream().filter((p) -> above != null && p.id() == above).findFirst().orElse(null));
		model.addAttribute("otherPlans", plans.stream().filter((p) -> p.id() != id).toList());
		return "plan/overview";
	}

	/**
	 * The office puts the plan under a plan above (or under none); its links are proposed
	 * afresh. A plan above that would make a cycle is answered on the page.
	 */
	@PostMapping("/plans/{id}/parent")
	String placeUnder(@PathVariable long id, @RequestParam(required = false) Long parent,
			java.security.Principal principal, RedirectAttributes redirect) {
		try {
			int proposed = this.links.placeUnder(id, parent, Actors.of(principal));
			redirect.addFlashAttribute("done", this.messages.getMessage("overview.placed", new Object[] { proposed },
					LocaleContextHolder.getLocale()));
		}
		catch (LinkRefusal.PlanCycle refusal) {
			redirect.addFlashAttribute("done", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
		}
		return "redirect:/plans/" + id;
	}

	/** One chapter's sections and tasks, fetched when the reader opens it. */
	@GetMapping("/plans/{id}/chapters/{number}")
	String chapter(@PathVariable long id, @PathVariable int number, Model model) {
		TaskFilter inChapter = new TaskFilter(null, null, number, null);
		model.addAttribute("chapter", PlanTree.chapter(this.register.structure(id),
				this.register.tasks(id, inChapter, 0, Integer.MAX_VALUE).items(), number));
		return "plan/fragments :: chapter-body";
	}

	/**
	 * The division table as a spreadsheet, for a signed-in person; scripts use the same
	 * file under {@code /api}.
	 */
	@GetMapping("/plans/{id}/division.xlsx")
	ResponseEntity<byte[]> divisionSheet(@PathVariable long id) {
		PlanOverview plan = this.register.plan(id);
		byte[] xlsx = DivisionSheet.xlsx(plan.title(), this.register.structure(id), allTasks(id));
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(DivisionSheet.fileName(plan.title(), "xlsx"), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(MediaType.parseMediaType(DivisionSheet.XLSX_MEDIA_TYPE))
			.body(xlsx);
	}

	private List<TaskSummary> allTasks(long planId) {
		return this.register.allTasks(planId);
	}

}
