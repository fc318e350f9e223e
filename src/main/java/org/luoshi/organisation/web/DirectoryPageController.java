package org.luoshi.organisation.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationPage;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.OrganisationRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory of responsible organisations as a page: searched by any name and narrowed
 * to a kind, twenty to a page; the planning office enters new organisations here, and a
 * name the directory refuses is explained next to the form.
 */
@Controller
class DirectoryPageController {

	static final int PAGE_SIZE = 20;

	private final OrganisationDirectory directory;

	private final DirectoryPageModel pages;

	private final MessageSource messages;

	DirectoryPageController(OrganisationDirectory directory, DirectoryPageModel pages, MessageSource messages) {
		this.directory = directory;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String name, Model model) {
		return page(q, kind, Math.max(page, 0), OrganisationEntryForm.named(name), Map.of(), null, model);
	}

	@PostMapping("/organisations")
	String create(@Valid @ModelAttribute("form") OrganisationEntryForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(null, null, 0, form, this.pages.errors(result), null, model);
		}
		try {
			OrganisationRef created = this.directory.create(form.command(), principal.getName());
			redirect.addFlashAttribute("done", this.pages.message("organisation.done.created", created.name()));
			return "redirect:/organisations/" + created.id();
		}
		catch (OrganisationRefusal refusal) {
			response.setStatus(422);
			return page(null, null, 0, form, Map.of(),
					this.messages.getMessage(refusal, LocaleContextHolder.getLocale()), model);
		}
	}

	private String page(String q, OrganisationKind kind, int page, OrganisationEntryForm form,
			Map<String, String> errors, String refusal, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("kind", (kind != null) ? kind.code() : null);
		OrganisationPage found = this.directory.page(q, kind, page, PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("kinds", List.of(OrganisationKind.values()).stream().map(OrganisationKind::code).toList());
		model.addAttribute("regions", this.pages.regionsOf(found.organisations()));
		model.addAttribute("chosenRegion", this.pages.chosenRegion(form.regionId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		return "organisation/directory";
	}

}
