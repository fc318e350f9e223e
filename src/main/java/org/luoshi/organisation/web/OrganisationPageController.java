package org.luoshi.organisation.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationDetails;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.OrganisationRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One organisation's page: its names, kind and region, members, predecessors and
 * successor, and history; the planning office adds an alias, records a rename or a merger
 * here. Every refusal is explained next to the form that caused it; a change made on a
 * version someone else changed meanwhile is answered 409 in the page.
 */
@Controller
class OrganisationPageController {

	private final OrganisationDirectory directory;

	private final DirectoryPageModel pages;

	private final MessageSource messages;

	OrganisationPageController(OrganisationDirectory directory, DirectoryPageModel pages, MessageSource messages) {
		this.directory = directory;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/organisations/{id}/aliases")
	String addAlias(@PathVariable long id, @Valid @ModelAttribute("aliasForm") AliasForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect, HttpServletResponse response, Model model) {
		return change(id, "alias", result, () -> {
			if (form.version() != null) {
				this.directory.addAlias(id, form.version(), form.alias().strip(), principal.getName());
			}
			else {
				this.directory.addAlias(id, form.alias().strip(), principal.getName());
			}
			return id;
		}, redirect, response, model);
	}

	@PostMapping("/organisations/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameEntryForm form,
			BindingResult result, Principal principal, RedirectAttributes redirect, HttpServletResponse response,
			Model model) {
		return change(id, "rename", result,
				() -> ((form.version() != null)
						? this.directory.rename(id, form.version(), form.name().strip(), form.effective(),
								principal.getName())
						: this.directory.rename(id, form.name().strip(), form.effective(), principal.getName()))
					.id(),
				redirect, response, model);
	}

	@PostMapping("/organisations/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeEntryForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect, HttpServletResponse response, Model model) {
		return change(id, "merge", result, () -> {
			if (form.successorId() != null) {
				this.directory.merge(form.predecessorIds(), form.successorId(), form.effective(), principal.getName());
				return form.successorId();
			}
			OrganisationRef first = this.directory.get(form.predecessorIds().get(0));
			NewOrganisation successor = new NewOrganisation(form.newSuccessorName().strip(), null, List.of(),
					first.kind(), first.regionId(), null, List.of());
			return this.directory.mergeIntoNew(form.predecessorIds(), successor, form.effective(), principal.getName())
				.id();
		}, redirect, response, model);
	}

	private String change(long id, String form, BindingResult result, Change change, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		model.addAttribute("failedForm", form);
		if (result.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("errors", this.pages.errors(result));
			return page(id, model);
		}
		try {
			long shown = change.apply();
			redirect.addFlashAttribute("done", this.pages.message("organisation.done." + form));
			return "redirect:/organisations/" + shown;
		}
		catch (OrganisationRefusal refusal) {
			response.setStatus(422);
			model.addAttribute("refusal", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", this.pages.message("organisation.conflict"));
		}
		return page(id, model);
	}

	private String page(long id, Model model) {
		OrganisationDetails details = this.directory.details(id);
		model.addAttribute("details", details);
		model.addAttribute("regions", this.pages.regionsOf(List.of(details.organisation())));
		// the merge form's pickers never offer the organisation itself
		model.addAttribute("itself", List.of(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "organisation/organisation";
	}

	/** A change to the directory; gives the organisation to show afterwards. */
	@FunctionalInterface
	private interface Change {

		long apply();

	}

}
