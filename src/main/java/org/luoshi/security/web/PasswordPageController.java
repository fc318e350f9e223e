package org.luoshi.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.security.Passwords;
import org.luoshi.security.UserRefusal;
import org.luoshi.security.internal.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every signed-in user's own password: the current one, the new one twice. A user whose
 * password somebody else set is brought here before anything else, and goes on once it is
 * changed.
 */
@Controller
@RequestMapping(PasswordChangeGate.PAGE)
class PasswordPageController {

	private final Passwords passwords;

	private final MessageSource messages;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordPageController(Passwords passwords, MessageSource messages) {
		this.passwords = passwords;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("required", changeRequired());
		return "security/password";
	}

	@PostMapping
	String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
			@RequestParam(required = false) String repeat, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (password == null || !password.equals(repeat)) {
			response.setStatus(422);
			model.addAttribute("refusal", message("password.mismatch"));
			return page(model);
		}
		try {
			this.passwords.changeOwn(current, password);
		}
		catch (UserRefusal refusal) {
			response.setStatus(refusal.kind().status());
			model.addAttribute("refusal", this.messages.getMessage(refusal, LocaleContextHolder.getLocale()));
			return page(model);
		}
		signedInWithOwnPassword(request, response);
		return "redirect:" + PasswordChangeGate.PAGE + "?changed";
	}

	// the session goes on, its principal no longer held back
	private void signedInWithOwnPassword(HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.passwordChangeRequired()) {
			SignedInUser changed = new SignedInUser(user.actor(), null, true, false);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
		}
	}

	private static boolean changeRequired() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.passwordChangeRequired();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
