package org.luoshi.security.web;

import org.luoshi.common.Refusal;
import org.luoshi.security.ApiTokens;
import org.luoshi.security.NewApiToken;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's page of personal access tokens: the list, a form to create one
 * (shown once, right after), and a button to revoke each.
 */
@Controller
class TokenPageController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	TokenPageController(ApiTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/account/tokens")
	String page(Model model) {
		model.addAttribute("tokens", this.tokens.mine());
		model.addAttribute("now", java.time.OffsetDateTime.now());
		model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
		return "security/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) Integer days,
			RedirectAttributes flash) {
		try {
			NewApiToken created = this.tokens.create(name, days);
			flash.addFlashAttribute("created", created);
		}
		catch (Refusal refused) {
			flash.addFlashAttribute("refusal", this.messages.getMessage(refused, LocaleContextHolder.getLocale()));
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes flash) {
		this.tokens.revoke(id);
		flash.addFlashAttribute("done",
				this.messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale()));
		return "redirect:/account/tokens";
	}

}
