package org.luoshi.security.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.Role;
import org.luoshi.security.UserRefusal;
import org.luoshi.security.UserPage;
import org.luoshi.security.UserView;
import org.luoshi.security.Users;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning office's user administration page: every user with their role and
 * organisation, a form to enter a user, and a button to disable or enable each.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final Users users;

	static final int PAGE_SIZE = 50;

	private final OrganisationDirectory organisations;

	private final MessageSource messages;

	UserAdminController(Users users, OrganisationDirectory organisations, MessageSource messages) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("pageNumber", Math.max(page, 0));
		return page(model, UserForm.empty(), Map.of(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserForm entered = (form != null) ? form : UserForm.empty();
		if (result.hasErrors()) {
			return page(model, entered, errors(result), null);
		}
		try {
			UserView created = this.users.create(entered.command());
			redirect.addFlashAttribute("done", message("users.done.created", created.username()));
			return "redirect:/admin/users";
		}
		catch (UserRefusal refusal) {
			return page(model, entered, Map.of(), refusal(refusal));
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			UserView user = this.users.disable(id);
			redirect.addFlashAttribute("done", message("users.done.disabled", user.username()));
		}
		catch (UserRefusal refusal) {
			redirect.addFlashAttribute("refusal", refusal(refusal));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		UserView user = this.users.enable(id);
		redirect.addFlashAttribute("done", message("users.done.enabled", user.username()));
		return "redirect:/admin/users";
	}

	private String page(Model model, UserForm form, Map<String, String> errors, String refusal) {
		String q = (String) model.getAttribute("q");
		Integer number = (Integer) model.getAttribute("pageNumber");
		UserPage found = this.users.page(q, (number != null) ? number : 0, PAGE_SIZE);
		model.addAttribute("found", found);
		List<UserView> listed = found.users();
		// the names of the users' organisations only, in one query: never the whole
		// directory
		Map<Long, String> names = new HashMap<>();
		this.organisations
			.getAll(listed.stream().map(UserView::organisationId).filter(Objects::nonNull).collect(Collectors.toSet()))
			.forEach((organisation) -> names.put(organisation.id(), organisation.name()));
		model.addAttribute("users",
				listed.stream()
					.map((user) -> new UserRow(user.id(), user.username(), user.displayName(), user.role().code(),
							(user.organisationId() != null) ? names.get(user.organisationId()) : null, user.enabled()))
					.toList());
		model.addAttribute("roles", List.of(Role.values()).stream().map(Role::code).toList());
		model.addAttribute("chosenOrganisation", (form.organisationId() != null)
				? this.organisations.getAll(List.of(form.organisationId())) : List.of());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (refusal != null) {
			model.addAttribute("refusal", refusal);
		}
		return "security/users";
	}

	private Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return errors;
	}

	private String refusal(UserRefusal refusal) {
		return this.messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
